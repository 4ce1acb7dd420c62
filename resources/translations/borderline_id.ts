<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/gui/error_dialog.py" line="45"/>
        <location filename="../../app/gui/error_dialog.py" line="80"/>
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/error_dialog.py" line="49"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/error_dialog.py" line="51"/>
        <source>Open the log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <location filename="../../app/gui/error_dialog.py" line="80"/>
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/error_dialog.py" line="97"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <location filename="../../app/gui/first_day.py" line="45"/>
        <source>Your profile is saved. Change it any time in Settings.</source>
        <translation>Profil Anda tersimpan. Ubah kapan saja di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="66"/>
        <source>Settings saved; the language and data folder change at the next start.</source>
        <translation>Pengaturan tersimpan; bahasa dan folder data berubah saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="67"/>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="75"/>
        <source>About Borderline</source>
        <translation>Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="76"/>
        <source>Borderline {v}
HS classification, compliance review and customs paperwork, offline.
Data folder: {dir}</source>
        <translation>Borderline {v}
Klasifikasi HS, tinjauan kepatuhan, dan dokumen pabean, tanpa internet.
Folder data: {dir}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/first_run.py" line="37"/>
        <source>Welcome to Borderline</source>
        <translation>Selamat datang di Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="48"/>
        <source>Your company</source>
        <translation>Perusahaan Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="49"/>
        <source>This goes on every commercial invoice and packing list as the shipper. You can change it later in Settings.</source>
        <translation>Data ini tercantum sebagai pengirim di setiap faktur komersial dan daftar kemasan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="56"/>
        <source>e.g. VAT, GST or NPWP number</source>
        <translation>mis. nomor NPWP, VAT atau GST</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="64"/>
        <source>PNG or JPEG, optional</source>
        <translation>PNG atau JPEG, opsional</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="65"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="71"/>
        <source>Company name *</source>
        <translation>Nama perusahaan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="72"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="73"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="74"/>
        <source>Tax ID</source>
        <translation>NPWP / nomor pajak</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="75"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="76"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="77"/>
        <source>Goods usually made in</source>
        <translation>Barang biasanya dibuat di</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="78"/>
        <source>Invoice currency</source>
        <translation>Mata uang faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="79"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="85"/>
        <source>Where you ship to</source>
        <translation>Tujuan pengiriman Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="86"/>
        <source>Borderline checks each item against the rules of these markets: prohibited goods, batteries, blades, permits.</source>
        <translation>Borderline memeriksa setiap barang terhadap aturan pasar-pasar ini: barang terlarang, baterai, benda tajam, izin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="99"/>
        <source>Who reviews</source>
        <translation>Siapa yang meninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="100"/>
        <source>Every decision records the reviewer&apos;s name in the audit trail.</source>
        <translation>Setiap keputusan mencatat nama peninjau di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="102"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="103"/>
        <source>Load the demo catalogue and show me a guided first review</source>
        <translation>Muat katalog demo dan pandu saya dalam tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="107"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="110"/>
        <source>You can skip the tour at any time, and take it again from the Help menu.</source>
        <translation>Anda dapat melewati panduan kapan saja, dan mengulanginya dari menu Bantuan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="117"/>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="117"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../app/gui/guide.py" line="21"/>
        <source>Guided first review</source>
        <translation>Panduan tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="24"/>
        <source>This is your catalogue, here the demo one. Borderline classifies every item in the background; the Status column says which ones need a person.</source>
        <translation>Ini katalog Anda, di sini katalog demo. Borderline mengklasifikasikan setiap barang di latar belakang; kolom Status menunjukkan barang mana yang perlu diperiksa orang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="26"/>
        <source>The Review tab lists the flagged items, blocking ones first. Left: the item. Middle: the model&apos;s suggestions with their confidence. Right: why it needs a look.</source>
        <translation>Tab Tinjauan mencantumkan barang yang ditandai, yang memblokir lebih dulu. Kiri: barangnya. Tengah: saran model beserta tingkat keyakinannya. Kanan: alasan barang perlu diperiksa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="28"/>
        <source>Type your name under Reviewer. Then press Enter to accept the highlighted suggestion, 1 to 5 to pick another one, or type any HS code and press Enter.</source>
        <translation>Ketik nama Anda di Peninjau. Lalu tekan Enter untuk menerima saran yang disorot, 1 sampai 5 untuk memilih saran lain, atau ketik kode HS apa pun lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="30"/>
        <source>Made a mistake? Ctrl+Z undoes the last decision. Every decision goes into the audit trail with your name and the time.</source>
        <translation>Salah pilih? Ctrl+Z membatalkan keputusan terakhir. Setiap keputusan masuk ke jejak audit dengan nama Anda dan waktunya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="32"/>
        <source>When the items are settled, select them here and press Ctrl+P for the commercial invoice and packing list. Model &gt; Retrain learns from your decisions.</source>
        <translation>Setelah barang selesai ditinjau, pilih barangnya di sini dan tekan Ctrl+P untuk faktur komersial dan daftar kemasan. Model &gt; Latih ulang belajar dari keputusan Anda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="40"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="41"/>
        <location filename="../../app/gui/guide.py" line="70"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="42"/>
        <source>Skip the tour</source>
        <translation>Lewati panduan</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="66"/>
        <source>Step {n} of {total}</source>
        <translation>Langkah {n} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="70"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../app/gui/items_page.py" line="72"/>
        <source>Search SKU or title</source>
        <translation>Cari SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="75"/>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="83"/>
        <source>The catalogue is empty. Import a CSV or Excel file, or try Borderline with the demo catalogue.</source>
        <translation>Katalog masih kosong. Impor berkas CSV atau Excel, atau coba Borderline dengan katalog demo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="84"/>
        <source>Load the demo catalogue</source>
        <translation>Muat katalog demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="85"/>
        <source>Import a file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="105"/>
        <source>{total} items: {flagged} to review, {auto} auto-accepted, {decided} decided, {pending} pending</source>
        <translation>{total} barang: {flagged} perlu ditinjau, {auto} diterima otomatis, {decided} sudah diputuskan, {pending} menunggu</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../../app/gui/job_bar.py" line="16"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="44"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82"/>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Impor katalog…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="84"/>
        <source>Load the &amp;demo catalogue</source>
        <translation>Muat katalog &amp;demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="86"/>
        <source>Export review &amp;log…</source>
        <translation>Ekspor &amp;log tinjauan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87"/>
        <source>Export &amp;items…</source>
        <translation>Ekspor &amp;barang…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="90"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="91"/>
        <source>&amp;Classify pending items</source>
        <translation>&amp;Klasifikasikan barang yang menunggu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="92"/>
        <source>&amp;Retrain from decisions</source>
        <translation>&amp;Latih ulang dari keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="93"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Commercial &amp;invoice and packing list…</source>
        <translation>&amp;Faktur komersial dan daftar kemasan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="96"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="97"/>
        <source>&amp;Undo last decision</source>
        <translation>&amp;Batalkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="98"/>
        <source>&amp;Find items</source>
        <translation>&amp;Cari barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105"/>
        <source>&amp;Guided first review</source>
        <translation>&amp;Panduan tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="106"/>
        <source>&amp;First-start assistant…</source>
        <translation>&amp;Asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="107"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108"/>
        <source>&amp;About Borderline</source>
        <translation>&amp;Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119"/>
        <source>Review ({n})</source>
        <translation>Tinjauan ({n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135"/>
        <source>This was not expected. The details are in the log file; press Copy details and send them to whoever supports your Borderline. Your saved work is safe.</source>
        <translation>Ini tidak terduga. Rinciannya ada di berkas log; tekan Salin rincian dan kirimkan kepada pihak yang mendukung Borderline Anda. Pekerjaan yang sudah tersimpan tetap aman.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <source>was missing</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <source>failed its integrity check</source>
        <translation>gagal dalam pemeriksaan keutuhan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="146"/>
        <source>could not be loaded</source>
        <translation>tidak dapat dimuat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="147"/>
        <source>The shipped model {why}; a new one was trained from the starter data.</source>
        <translation>Model bawaan {why}; model baru telah dilatih dari data awal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="149"/>
        <source>Preparing the model</source>
        <translation>Menyiapkan model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150"/>
        <source>No model</source>
        <translation>Tidak ada model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162"/>
        <source>Catalogues ({patterns})</source>
        <translation>Katalog ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="162"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="163"/>
        <source>Import catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175"/>
        <source>{name}: {n} items imported, {r} rows rejected</source>
        <translation>{name}: {n} barang diimpor, {r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="178"/>
        <source>row {n}, column {col}: {why}</source>
        <translation>baris {n}, kolom {col}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="180"/>
        <source>Some rows were not imported</source>
        <translation>Beberapa baris tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181"/>
        <source>{n} rows of {name} were rejected and kept in the import report.</source>
        <translation>{n} baris dari {name} ditolak dan dicatat di laporan impor.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="185"/>
        <source>Importing {name}</source>
        <translation>Mengimpor {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="187"/>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="207"/>
        <source>Classified {n}: {a} auto-accepted, {f} to review</source>
        <translation>{n} diklasifikasikan: {a} diterima otomatis, {f} perlu ditinjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="211"/>
        <source>Classification paused; it continues with the items still pending next time.</source>
        <translation>Klasifikasi dijeda; lain kali dilanjutkan dengan barang yang masih menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213"/>
        <source>Classifying</source>
        <translation>Mengklasifikasikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214"/>
        <source>Classification failed</source>
        <translation>Klasifikasi gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="220"/>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <source>Model version {v} is active ({d} decisions learned; held-out accuracy {a})</source>
        <translation>Model versi {v} aktif ({d} keputusan dipelajari; akurasi pada data uji {a})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224"/>
        <source>Retraining</source>
        <translation>Melatih ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225"/>
        <source>Retraining failed</source>
        <translation>Pelatihan ulang gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>{sku}: {code} recorded</source>
        <translation>{sku}: {code} dicatat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="236"/>
        <source>Saving decision</source>
        <translation>Menyimpan keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="237"/>
        <source>Decision not saved</source>
        <translation>Keputusan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <source>reviewer</source>
        <translation>peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="244"/>
        <source>Undid the decision for {sku}</source>
        <translation>Keputusan untuk {sku} dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246"/>
        <source>Undoing</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="247"/>
        <source>Nothing undone</source>
        <translation>Tidak ada yang dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>Export review log</source>
        <translation>Ekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260"/>
        <source>Exporting the review log</source>
        <translation>Mengekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="261"/>
        <source>Wrote {n} decisions to {path}</source>
        <translation>{n} keputusan ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262"/>
        <location filename="../../app/gui/main_window.py" line="269"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265"/>
        <source>Export items</source>
        <translation>Ekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="267"/>
        <source>Exporting items</source>
        <translation>Mengekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="268"/>
        <source>Wrote {n} items to {path}</source>
        <translation>{n} barang ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="276"/>
        <source>No items selected</source>
        <translation>Belum ada barang yang dipilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="276"/>
        <source>Select the items to ship on the Catalogue page first.</source>
        <translation>Pilih dulu barang yang akan dikirim di halaman Katalog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="288"/>
        <source>The shipment is incomplete</source>
        <translation>Data pengiriman belum lengkap</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Invoice and packing list saved in {dir}</source>
        <translation>Faktur dan daftar kemasan disimpan di {dir}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="300"/>
        <source>Documents not printed</source>
        <translation>Dokumen tidak dicetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>Printing documents</source>
        <translation>Mencetak dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="308"/>
        <source>These items need a decision first:</source>
        <translation>Barang-barang ini perlu diputuskan dulu:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="17"/>
        <source>Documents: {name}</source>
        <translation>Dokumen: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="25"/>
        <source>Show {name}</source>
        <translation>Tampilkan {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="28"/>
        <source>Open in system viewer</source>
        <translation>Buka di penampil sistem</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../app/gui/window_state.py" line="104"/>
        <source>Clear the list</source>
        <translation>Kosongkan daftar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/review_page.py" line="38"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="40"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="41"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="42"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="43"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="48"/>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="55"/>
        <source>Why it needs a look</source>
        <translation>Mengapa perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="61"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="63"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="65"/>
        <source>Other HS code, e.g. 850760</source>
        <translation>Kode HS lain, mis. 850760</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="71"/>
        <source>Accept suggestion</source>
        <translation>Terima saran</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="72"/>
        <source>Use this code</source>
        <translation>Pakai kode ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="79"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="97"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="144"/>
        <source>Nothing waits for review.</source>
        <translation>Tidak ada yang menunggu tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="199"/>
        <source>Type your name in Reviewer first: every decision records who took it.</source>
        <translation>Ketik dulu nama Anda di Peninjau: setiap keputusan mencatat siapa yang mengambilnya.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="51"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="53"/>
        <source>Ask for review below confidence</source>
        <translation>Minta tinjauan di bawah keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="57"/>
        <source>Target markets</source>
        <translation>Pasar tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="71"/>
        <location filename="../../app/gui/settings_dialog.py" line="76"/>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="76"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="76"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="79"/>
        <source>Documents and appearance</source>
        <translation>Dokumen dan tampilan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="81"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="82"/>
        <source>Language (after a restart)</source>
        <translation>Bahasa (setelah dibuka ulang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="83"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="87"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="92"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="95"/>
        <source>The database, models and printed documents live here. A new folder is used from the next start.</source>
        <translation>Basis data, model, dan dokumen cetak disimpan di sini. Folder baru dipakai mulai pembukaan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="100"/>
        <source>Company profile and first-start assistant…</source>
        <translation>Profil perusahaan dan asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="139"/>
        <source>The shipped model has no measurements to say what this threshold means.</source>
        <translation>Model bawaan tidak memiliki hasil pengukuran untuk menjelaskan arti ambang ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="140"/>
        <source>At {t:.0%}, the shipped model settles about {c:.0%} of items without review, and about {e:.0%} of those are wrong (measured on {n} held-out starter titles). A higher threshold sends more items to review and lets fewer mistakes through; flags for restricted goods apply whatever the threshold.</source>
        <translation>Pada {t:.0%}, model bawaan menyelesaikan sekitar {c:.0%} barang tanpa tinjauan, dan sekitar {e:.0%} di antaranya salah (diukur pada {n} judul awal yang tidak dipakai untuk pelatihan). Ambang yang lebih tinggi mengirim lebih banyak barang ke tinjauan dan meloloskan lebih sedikit kesalahan; tanda untuk barang terbatas tetap berlaku berapa pun ambangnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="150"/>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="17"/>
        <source>Commercial invoice and packing list</source>
        <translation>Faktur komersial dan daftar kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="31"/>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="33"/>
        <source>Invoice no.</source>
        <translation>No. faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="33"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="34"/>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="34"/>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="35"/>
        <source>Named place</source>
        <translation>Tempat yang disebut</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="35"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="36"/>
        <source>Reason for export</source>
        <translation>Alasan ekspor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="46"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="48"/>
        <source>Seller</source>
        <translation>Penjual</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="48"/>
        <source>Seller address</source>
        <translation>Alamat penjual</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="49"/>
        <source>Seller country</source>
        <translation>Negara penjual</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="49"/>
        <source>Seller tax ID</source>
        <translation>NPWP penjual</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="50"/>
        <source>Consignee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="50"/>
        <source>Consignee address</source>
        <translation>Alamat penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="51"/>
        <source>Consignee country</source>
        <translation>Negara penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="56"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="56"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="56"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="70"/>
        <source>Cartons</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="72"/>
        <source>Gross kg per carton</source>
        <translation>Kg bruto per karton</translation>
    </message>
</context>
</TS>
