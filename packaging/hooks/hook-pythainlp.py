# PyThaiNLP for the bundle, in place of the community hook, which would ship every corpus and
# model it has (about 45 MB). Borderline uses only the newmm word segmenter (Thai line breaks in
# the PDFs, app/core/line_breaks.py), which reads these two word lists.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pythainlp", includes=["corpus/words_th.txt", "corpus/stopwords_th.txt"])
