<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AsideBar</name>
    <message>
        <location filename="../../app/gui/shipment_aside.py" line="24"/>
        <source>Back to the shipment</source>
        <translation>Kembali ke pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_aside.py" line="33"/>
        <source>Shipment {invoice} is set aside while you review: its lines, parties and terms are kept. Decide the item, then go back to print.</source>
        <translation>Pengiriman {invoice} disisihkan selama Anda meninjau: baris, para pihak, dan syaratnya tetap tersimpan. Putuskan barangnya, lalu kembali untuk mencetak.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="27"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Cadangkan basis data…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="28"/>
        <source>R&amp;estore from a backup…</source>
        <translation>P&amp;ulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="31"/>
        <source>C&amp;heck the audit trail</source>
        <translation>Pe&amp;riksa jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="39"/>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="46"/>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="47"/>
        <source>Backed up {n} items and {d} decisions to {path}</source>
        <translation>{n} barang dan {d} keputusan dicadangkan ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="49"/>
        <source>(audit trail head {head})</source>
        <translation>(kepala jejak audit {head})</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="50"/>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="53"/>
        <location filename="../../app/gui/backup_menu.py" line="56"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="57"/>
        <source>Replace everything in Borderline with the content of {path}? The current database is kept as a copy in the backups folder first.</source>
        <translation>Ganti seluruh isi Borderline dengan isi {path}? Basis data saat ini disimpan dulu sebagai salinan di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="74"/>
        <source>Restored {path}: {n} items, {d} decisions</source>
        <translation>{path} dipulihkan: {n} barang, {d} keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="77"/>
        <source>Restored, with something to check</source>
        <translation>Dipulihkan, dengan sesuatu yang perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="79"/>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="80"/>
        <source>Nothing was restored</source>
        <translation>Tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="89"/>
        <source>The audit trail does not check out</source>
        <translation>Jejak audit tidak sesuai</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="90"/>
        <source>The database was changed outside Borderline, or restored from a changed copy. Do not hand its review log to an auditor as it is.</source>
        <translation>Basis data diubah di luar Borderline, atau dipulihkan dari salinan yang sudah diubah. Jangan serahkan log tinjauannya kepada auditor apa adanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="93"/>
        <source>Audit trail intact: {n} entries; its head is {head}</source>
        <translation>Jejak audit utuh: {n} entri; kepalanya {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="96"/>
        <source>The audit trail&apos;s newest entries could not be checked</source>
        <translation>Entri terbaru jejak audit tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="98"/>
        <source>Checking the audit trail</source>
        <translation>Memeriksa jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="99"/>
        <source>The audit trail could not be checked</source>
        <translation>Jejak audit tidak dapat diperiksa</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="386"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="386"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="387"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../../app/gui/close_guard.py" line="90"/>
        <source>1 decision is not saved yet: it waits for “{job}” to finish.</source>
        <translation>1 keputusan belum disimpan: keputusan ini menunggu “{job}” selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="91"/>
        <source>{n} decisions are not saved yet: they wait for “{job}” to finish.</source>
        <translation>{n} keputusan belum tersimpan karena masih menunggu “{job}” selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="93"/>
        <source>The undo of your last decision is not saved yet: it waits for “{job}” to finish.</source>
        <translation>Pembatalan keputusan terakhir Anda belum disimpan: masih menunggu “{job}” selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="95"/>
        <source>{u} undos of decisions are not saved yet: they wait for “{job}” to finish.</source>
        <translation>{u} pembatalan keputusan belum disimpan: masih menunggu “{job}” selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="97"/>
        <source>Decisions ({n}) and undos ({u}) are not saved yet: they wait for “{job}” to finish.</source>
        <translation>Keputusan ({n}) dan pembatalan ({u}) belum disimpan: masih menunggu “{job}” selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="104"/>
        <source>“{job}” can no longer be cancelled: it is finishing. Wait, and the window closes once it has finished and everything is saved.</source>
        <translation>“{job}” tidak dapat dibatalkan lagi: pekerjaan ini sedang diselesaikan. Tunggu, jendela akan tertutup setelah pekerjaan selesai dan semuanya tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="107"/>
        <source>“{job}” is being cancelled. Wait, and the window closes once it has stopped and everything is saved.</source>
        <translation>“{job}” sedang dibatalkan. Tunggu, jendela akan tertutup setelah pekerjaan berhenti dan semuanya tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="110"/>
        <source>Cancel “{job}” to save at once, or wait for it to finish; either way the window closes once everything is saved.</source>
        <translation>Batalkan “{job}” untuk langsung menyimpan, atau tunggu sampai selesai; apa pun pilihannya, jendela akan ditutup setelah semuanya tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="114"/>
        <source>Decisions not saved yet</source>
        <translation>Keputusan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="114"/>
        <source>Undo not saved yet</source>
        <translation>Pembatalan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="120"/>
        <source>Cancel “{job}” and save</source>
        <translation>Batalkan “{job}” dan simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="122"/>
        <source>Wait, then close</source>
        <translation>Tunggu, lalu tutup</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="123"/>
        <source>Keep the window open</source>
        <translation>Biarkan jendela terbuka</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="151"/>
        <source>Cancelling “{job}”; the window closes once your changes are saved.</source>
        <translation>Membatalkan “{job}”; jendela ditutup setelah perubahan Anda disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="152"/>
        <source>Cancelling “{job}”; the window closes once your decisions are saved.</source>
        <translation>Membatalkan “{job}”; jendela akan tertutup setelah keputusan Anda tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="154"/>
        <source>The window closes once “{job}” has stopped and your changes are saved.</source>
        <translation>Jendela ditutup setelah “{job}” berhenti dan perubahan Anda disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="155"/>
        <source>The window closes once “{job}” has stopped and your decisions are saved.</source>
        <translation>Jendela akan tertutup setelah “{job}” berhenti dan keputusan Anda tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="156"/>
        <location filename="../../app/gui/close_guard.py" line="161"/>
        <source>Don&apos;t close</source>
        <translation>Jangan tutup</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="158"/>
        <source>The window closes once “{job}” has finished and your changes are saved.</source>
        <translation>Jendela ditutup setelah “{job}” selesai dan perubahan Anda disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="159"/>
        <source>The window closes once “{job}” has finished and your decisions are saved.</source>
        <translation>Jendela akan tertutup setelah “{job}” selesai dan keputusan Anda tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="174"/>
        <source>The window stays open.</source>
        <translation>Jendela tetap terbuka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="179"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="184"/>
        <source>The window stays open: “{job}” failed: {why}</source>
        <translation>Jendela tetap terbuka: “{job}” gagal: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="192"/>
        <source>The window stays open: the shipment has changes that are not saved.</source>
        <translation>Jendela tetap terbuka: ada perubahan pada pengiriman yang belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="194"/>
        <source>The window stays open: a note is typed in the review pane and not used yet.</source>
        <translation>Jendela tetap terbuka: ada catatan yang sudah diketik di panel tinjauan tetapi belum dipakai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="213"/>
        <source>The window stays open: a decision was not saved.</source>
        <translation>Jendela tetap terbuka: ada keputusan yang tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/close_guard.py" line="216"/>
        <source>The window stays open: an undo was not saved.</source>
        <translation>Jendela tetap terbuka: sebuah pembatalan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>ConfusionPairs</name>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="37"/>
        <source>construction of the fabric</source>
        <translation>konstruksi kainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="38"/>
        <source>Is the fabric knitted or crocheted (chapter 61) or woven (chapter 62)?</source>
        <translation>Apakah kainnya dirajut atau dikait (bab 61) atau ditenun (bab 62)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="39"/>
        <source>knitted or crocheted</source>
        <translation>rajutan atau kaitan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="40"/>
        <source>woven</source>
        <translation>tenunan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="42"/>
        <source>kind of garment</source>
        <translation>jenis pakaiannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="43"/>
        <source>Is it a T-shirt or vest (6109) or a jersey, pullover, cardigan or sweatshirt (6110)?</source>
        <translation>Apakah ini kaus oblong atau singlet (6109), atau jersey, pullover, kardigan atau sweatshirt (6110)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="44"/>
        <source>a T-shirt, singlet or vest</source>
        <translation>kaus oblong, singlet atau kaus dalam</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="45"/>
        <source>a jersey, pullover, cardigan or sweatshirt</source>
        <translation>jersey, pullover, kardigan atau sweatshirt</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="47"/>
        <source>material of the upper and the outer sole</source>
        <translation>bahan bagian atas dan sol luarnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="48"/>
        <source>What are the upper and the outer sole made of: rubber or plastics (6402), a leather upper (6403), a textile upper (6404) or another upper (6405)?</source>
        <translation>Dari apa bagian atas dan sol luarnya dibuat: karet atau plastik (6402), bagian atas dari kulit (6403), bagian atas dari tekstil (6404) atau bagian atas dari bahan lain (6405)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="49"/>
        <source>rubber or plastics</source>
        <translation>karet atau plastik</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="50"/>
        <source>leather upper</source>
        <translation>bagian atas dari kulit</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="51"/>
        <source>textile upper</source>
        <translation>bagian atas dari tekstil</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="52"/>
        <source>other upper</source>
        <translation>bagian atas dari bahan lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="54"/>
        <source>whether it is rechargeable</source>
        <translation>kemampuan diisi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="55"/>
        <source>Is the battery rechargeable (accumulator, 8507) or single-use (primary cell, 8506)?</source>
        <translation>Apakah baterainya dapat diisi ulang (akumulator, 8507) atau sekali pakai (sel primer, 8506)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="56"/>
        <source>single-use</source>
        <translation>sekali pakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="57"/>
        <source>rechargeable</source>
        <translation>dapat diisi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="59"/>
        <source>what the preparation is used for</source>
        <translation>kegunaan sediaannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="60"/>
        <source>Is it a perfume (3303), a skin or make-up preparation (3304), a hair preparation (3305) or a deodorant, bath or other toilet preparation (3307)?</source>
        <translation>Apakah ini parfum (3303), sediaan perawatan kulit atau tata rias (3304), sediaan rambut (3305), atau deodoran, sediaan mandi atau sediaan kebersihan diri lainnya (3307)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="61"/>
        <source>a perfume</source>
        <translation>parfum</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="62"/>
        <source>a skin or make-up preparation</source>
        <translation>sediaan perawatan kulit atau tata rias</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="63"/>
        <source>a hair preparation</source>
        <translation>sediaan rambut</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="64"/>
        <source>a deodorant, bath or other toilet preparation</source>
        <translation>deodoran, sediaan mandi atau sediaan kebersihan diri lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="66"/>
        <source>metal of the piece</source>
        <translation>logam perhiasannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="67"/>
        <source>Is it of precious metal or clad with it (7113) or imitation jewellery (7117)?</source>
        <translation>Apakah perhiasan ini dari logam mulia atau berlapis logam mulia (7113), atau perhiasan imitasi (7117)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="68"/>
        <source>precious metal</source>
        <translation>logam mulia</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="69"/>
        <source>imitation jewellery</source>
        <translation>perhiasan imitasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="71"/>
        <source>what it is for</source>
        <translation>kegunaannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="72"/>
        <source>Is it a toy (9503), a game or console (9504) or sports or exercise equipment (9506)?</source>
        <translation>Apakah ini mainan (9503), permainan atau konsol (9504), atau peralatan olahraga atau kebugaran (9506)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="73"/>
        <source>a toy</source>
        <translation>mainan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="74"/>
        <source>a game or console</source>
        <translation>permainan atau konsol</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="75"/>
        <source>sports or exercise equipment</source>
        <translation>peralatan olahraga atau kebugaran</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="77"/>
        <source>main function of the device</source>
        <translation>fungsi utama perangkatnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="78"/>
        <source>Is it mainly a computer (8471), a phone or network device (8517) or a monitor or TV (8528)?</source>
        <translation>Apakah perangkat ini terutama komputer (8471), telepon atau perangkat jaringan (8517), atau monitor atau TV (8528)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="79"/>
        <source>a computer</source>
        <translation>komputer</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="80"/>
        <source>a phone or network device</source>
        <translation>telepon atau perangkat jaringan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="81"/>
        <source>a monitor or TV</source>
        <translation>monitor atau TV</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="83"/>
        <source>how the appliance works</source>
        <translation>cara kerja alatnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="84"/>
        <source>Does the appliance mainly heat (8516) or mainly run a motor, like a blender (8509)?</source>
        <translation>Apakah alat ini terutama memanaskan (8516) atau terutama menjalankan motor, seperti blender (8509)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="85"/>
        <source>it runs a motor</source>
        <translation>menjalankan motor</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="86"/>
        <source>it heats</source>
        <translation>memanaskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="88"/>
        <source>form and purpose of the product</source>
        <translation>bentuk dan kegunaan produknya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="89"/>
        <source>Is it a plain dried plant or tea (0902, 1211), a food supplement preparation (2106) or a medicine in doses (3004)?</source>
        <translation>Apakah ini tanaman kering biasa atau teh (0902, 1211), sediaan suplemen makanan (2106), atau obat dalam takaran (3004)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="90"/>
        <source>a plain dried plant or tea</source>
        <translation>tanaman kering biasa atau teh</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="91"/>
        <source>a food supplement preparation</source>
        <translation>sediaan suplemen makanan</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="92"/>
        <source>a medicine in doses</source>
        <translation>obat dalam takaran</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="94"/>
        <source>material</source>
        <translation>bahannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="95"/>
        <source>What is it made of? The two best suggestions differ by material (plastics, rubber, leather, wood, plaiting materials, paper, ceramic, glass, iron or steel, copper, aluminium).</source>
        <translation>Terbuat dari apa barang ini? Dua saran terbaik berbeda bahannya (plastik, karet, kulit, kayu, bahan anyaman, kertas, keramik, kaca, besi atau baja, tembaga, aluminium).</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="96"/>
        <source>plastics</source>
        <translation>plastik</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="97"/>
        <source>rubber</source>
        <translation>karet</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="98"/>
        <source>leather</source>
        <translation>kulit</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="99"/>
        <source>wood</source>
        <translation>kayu</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="100"/>
        <source>straw or other plaiting material</source>
        <translation>jerami atau bahan anyaman lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="101"/>
        <source>paper or paperboard</source>
        <translation>kertas atau kertas karton</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="102"/>
        <source>ceramic</source>
        <translation>keramik</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="103"/>
        <source>glass</source>
        <translation>kaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="104"/>
        <source>iron or steel</source>
        <translation>besi atau baja</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="105"/>
        <source>copper</source>
        <translation>tembaga</translation>
    </message>
    <message>
        <location filename="../../app/gui/confusion_words.py" line="106"/>
        <source>aluminium</source>
        <translation>aluminium</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../app/gui/core_messages.py" line="55"/>
        <source>{file}: only {kinds} images can go into documents</source>
        <translation>{file}: hanya gambar {kinds} yang dapat dimasukkan ke dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="56"/>
        <source>{file}: no such file</source>
        <translation>{file}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="57"/>
        <source>{file}: larger than {mb} MB</source>
        <translation>{file}: lebih besar dari {mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="58"/>
        <source>{file}: not a {kind} image</source>
        <translation>{file}: bukan gambar {kind}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="59"/>
        <source>{file}: not a file in Borderline&apos;s assets folder</source>
        <translation>{file}: bukan berkas di folder aset Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="60"/>
        <source>{file}: outside Borderline&apos;s assets folder; choose the file in Borderline so that it is copied there first</source>
        <translation>{file}: di luar folder aset Borderline; pilih berkasnya di Borderline agar disalin ke sana terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="63"/>
        <source>Reading the audit trail</source>
        <translation>Membaca jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="65"/>
        <source>a formula ({formula}) with no saved value; open the file in Excel or LibreOffice, save it and import it again</source>
        <translation>rumus ({formula}) tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="67"/>
        <source>{file}: the file has no rows</source>
        <translation>{file}: berkas tidak memiliki baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="68"/>
        <source>{file}: every sheet of the workbook is empty</source>
        <translation>{file}: setiap lembar di buku kerja ini kosong</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="69"/>
        <source>{file}: the mapping names columns the file does not have: {columns}</source>
        <translation>{file}: pemetaan menyebut kolom yang tidak ada di berkas: {columns}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="70"/>
        <source>{file}: no title column found (looked for: title, name, product name, nama produk, tên sản phẩm, ชื่อสินค้า)</source>
        <translation>{file}: kolom judul tidak ditemukan (dicari: title, name, product name, nama produk, tên sản phẩm, ชื่อสินค้า)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="72"/>
        <source>{file}: no SKU column found (looked for: sku, seller sku, parent sku, item code)</source>
        <translation>{file}: kolom SKU tidak ditemukan (dicari: sku, seller sku, parent sku, item code)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="73"/>
        <source>{file}: row {row}, column {column}: {problem}</source>
        <translation>{file}: baris {row}, kolom {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="90"/>
        <source>the file is not valid {encoding} (undecodable bytes at offset {offset:,})</source>
        <translation>berkas ini bukan {encoding} yang sah (byte yang tidak dapat dibaca di posisi {offset:,})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="91"/>
        <source>cannot tell the file&apos;s text encoding; choose one</source>
        <translation>pengodean teks berkas tidak dapat ditentukan; pilih salah satu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="93"/>
        <source>Training on {what}</source>
        <translation>Melatih dengan {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="94"/>
        <source>Training on {n:,} examples and the nomenclature text of their {codes:,} codes</source>
        <translation>Melatih dengan {n:,} contoh dan teks nomenklatur dari {codes:,} kodenya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="95"/>
        <source>Building code profiles</source>
        <translation>Menyusun profil kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="96"/>
        <source>Calibrating on held-out examples</source>
        <translation>Mengkalibrasi dengan contoh uji</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="97"/>
        <source>Calibrating: fold {fold} of {folds}</source>
        <translation>Mengkalibrasi: lipatan {fold} dari {folds}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="98"/>
        <source>Trained</source>
        <translation>Selesai dilatih</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="100"/>
        <source>{warning}; the &apos;LVG&apos; code on this invoice claims a relief the shipment is not entitled to</source>
        <translation>{warning}; kode &apos;LVG&apos; pada faktur ini mengklaim keringanan yang tidak berhak diterima pengiriman ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="102"/>
        <source>{warning}; this invoice marks GST as paid under OVR</source>
        <translation>{warning}; faktur ini menandai GST sebagai sudah dibayar melalui OVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="103"/>
        <source>The shipment&apos;s {base} value</source>
        <translation>Nilai {base} pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="104"/>
        <source>The shipment&apos;s value</source>
        <translation>Nilai pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="105"/>
        <source>{what} ({value}) could not be compared with {limit}: the rules have no exchange rate for {currency}</source>
        <translation>{what} ({value}) tidak dapat dibandingkan dengan {limit}: aturan tidak memiliki kurs untuk {currency}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="107"/>
        <source>about {amount}</source>
        <translation>sekitar {amount}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="108"/>
        <source>{what}, {shown}, is above {limit}: {consequence}</source>
        <translation>{what}, {shown}, di atas {limit}: {consequence}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="109"/>
        <source>{what}, {shown}, is at or above {limit}: {consequence}</source>
        <translation>{what}, {shown}, sama dengan atau di atas {limit}: {consequence}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="110"/>
        <source>{what}, {shown}, is below {limit}: {consequence}</source>
        <translation>{what}, {shown}, di bawah {limit}: {consequence}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="111"/>
        <source>{what}, {shown}, is at or below {limit}: {consequence}</source>
        <translation>{what}, {shown}, sama dengan atau di bawah {limit}: {consequence}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="113"/>
        <source>Reading {file}</source>
        <translation>Membaca {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="114"/>
        <source>{file}: no &apos;{column}&apos; column (expected sku, hs_code, note, reviewer)</source>
        <translation>{file}: tidak ada kolom &apos;{column}&apos; (yang diharapkan: sku, hs_code, note, reviewer)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="115"/>
        <source>{n:,} of {total:,} rows checked</source>
        <translation>{n:,} dari {total:,} baris diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="116"/>
        <source>Saving {n:,} decisions</source>
        <translation>Menyimpan {n:,} keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="117"/>
        <source>no item with SKU &apos;{sku}&apos;</source>
        <translation>tidak ada barang dengan SKU &apos;{sku}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="118"/>
        <source>SKU &apos;{sku}&apos; is not classified yet (status {status})</source>
        <translation>SKU &apos;{sku}&apos; belum diklasifikasi (status {status})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="119"/>
        <source>no reviewer name</source>
        <translation>tanpa nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="120"/>
        <source>SKU &apos;{sku}&apos; gets a blocking flag under {code} ({rules}): say in a note why it may ship</source>
        <translation>SKU &apos;{sku}&apos; mendapat tanda pemblokir dengan {code} ({rules}): tulis di catatan mengapa barang ini boleh dikirim</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="121"/>
        <source>SKU &apos;{sku}&apos; has a blocking flag ({rules}): say in a note why it may ship under {code}</source>
        <translation>SKU &apos;{sku}&apos; memiliki tanda pemblokir ({rules}): tulis di catatan mengapa barang ini boleh dikirim dengan {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="122"/>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="123"/>
        <source>rows {rows} and {last}</source>
        <translation>baris {rows} dan {last}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="124"/>
        <source>{value} on {rows}</source>
        <translation>{value} di {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="232"/>
        <source>&apos;{code}&apos; has five digits: a spreadsheet dropped its leading 0 (format the column as Text and type 0{digits})</source>
        <translation>&apos;{code}&apos; hanya lima digit: lembar kerja membuang angka 0 di depannya (format kolomnya sebagai Teks dan ketik 0{digits})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="234"/>
        <source>&apos;{code}&apos; is a national tariff line; give the six-digit HS 2022 subheading it belongs to ({subheading}) after checking it</source>
        <translation>&apos;{code}&apos; adalah pos tarif nasional; isi subpos HS 2022 enam digit tempatnya ({subheading}) setelah memeriksanya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="240"/>
        <source>&apos;{code}&apos; is not an HS 2022 subheading</source>
        <translation>&apos;{code}&apos; bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="241"/>
        <source>&apos;{code}&apos; is not a six-digit HS 2022 subheading</source>
        <translation>&apos;{code}&apos; bukan subpos HS 2022 enam digit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="125"/>
        <source>SKU &apos;{sku}&apos; is given different codes ({told}); nothing was decided for it</source>
        <translation>SKU &apos;{sku}&apos; diberi kode berbeda ({told}); tidak ada yang diputuskan untuknya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="75"/>
        <source>{file}, row {row}, column {column}: {problem}; the row is imported and the code kept as written, but not used</source>
        <translation>{file}, baris {row}, kolom {column}: {problem}; baris tetap diimpor dan kodenya disimpan seperti tertulis, tetapi tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="77"/>
        <source>{file}, column {column}: {n:,} more codes that are no HS 2022 subheading, on {where}; those rows are imported the same way</source>
        <translation>{file}, kolom {column}: {n:,} kode lain yang bukan subpos HS 2022, pada {where}; baris-baris itu diimpor dengan cara yang sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="79"/>
        <source>the cell holds the number {number}, read as {code}: {problem}</source>
        <translation>sel berisi angka {number}, dibaca sebagai {code}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="80"/>
        <source>{file}, row {row}, column {column}: the cell holds the number {number}; read as {code} — format the column as text in the spreadsheet</source>
        <translation>{file}, baris {row}, kolom {column}: sel berisi angka {number}; dibaca sebagai {code} — format kolom ini sebagai teks di lembar kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="82"/>
        <source>{file}, column {column}: {n:,} more cells hold their code as a number, on {where}; each is read back the same way — format the column as text in the spreadsheet</source>
        <translation>{file}, kolom {column}: {n:,} sel lagi menyimpan kodenya sebagai angka, pada {where}; masing-masing dibaca dengan cara yang sama — format kolom ini sebagai teks di lembar kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="84"/>
        <source>{file}, column {column}: a code is a national tariff line, on {where}; it is read at its first six digits, the HS 2022 subheading it belongs to, and kept as written with its item</source>
        <translation>{file}, kolom {column}: satu kode adalah pos tarif nasional, pada {where}; kode itu dibaca pada enam digit pertamanya, subpos HS 2022 tempatnya berada, dan disimpan sebagaimana tertulis bersama barangnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="86"/>
        <source>{file}, column {column}: {n:,} codes are national tariff lines, on {where}; each is read at its first six digits, the HS 2022 subheading it belongs to, and kept as written with its item</source>
        <translation>{file}, kolom {column}: {n:,} kode adalah pos tarif nasional, pada {where}; masing-masing dibaca pada enam digit pertamanya, subpos HS 2022 tempatnya berada, dan disimpan sebagaimana tertulis bersama barangnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="126"/>
        <source>SKU &apos;{sku}&apos; is given different reviewers ({told}); nothing was decided for it</source>
        <translation>SKU &apos;{sku}&apos; diberi peninjau berbeda ({told}); tidak ada yang diputuskan untuknya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="128"/>
        <source>packages: the gross weight ({gross:,f} kg) is less than the net weight of the goods ({net:,f} kg); give each package&apos;s weight as packed</source>
        <translation>kemasan: berat kotor ({gross:,f} kg) lebih kecil dari berat bersih barang ({net:,f} kg); isi berat setiap kemasan sebagaimana dikemas</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="130"/>
        <source>package {package}: its gross weight ({gross:,f} kg) is less than the net weight of the goods packed in it ({net:,f} kg); give its weight as packed</source>
        <translation>kemasan {package}: berat kotornya ({gross:,f} kg) lebih kecil dari berat bersih barang di dalamnya ({net:,f} kg); isi beratnya sebagaimana dikemas</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="132"/>
        <source>no packages are declared: the packing list shows no gross weight</source>
        <translation>tidak ada kemasan yang dideklarasikan: daftar kemasan tidak menunjukkan berat kotor</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="133"/>
        <source>{sku}: no net weight in the catalogue; the total net weight leaves it out</source>
        <translation>{sku}: tidak ada berat bersih di katalog; total berat bersih tidak menghitungnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="134"/>
        <source>the packages&apos; net weight ({packed:,f} kg) differs from the lines&apos; net weight ({net:,f} kg)</source>
        <translation>berat bersih kemasan ({packed:,f} kg) berbeda dari berat bersih baris ({net:,f} kg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="136"/>
        <source>{sku}: origin {origin} is not an ASEAN member; the ATIGA declaration does not cover it</source>
        <translation>{sku}: asal {origin} bukan anggota ASEAN; deklarasi ATIGA tidak mencakupnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="137"/>
        <source>{sku}: no ATIGA origin criterion (WO, RVC40, CTH…) for the declaration</source>
        <translation>{sku}: tidak ada kriteria asal ATIGA (WO, RVC40, CTH…) untuk deklarasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="138"/>
        <source>the consignee is in {country} but the destination is {destination}</source>
        <translation>penerima berada di {country} tetapi tujuannya {destination}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="139"/>
        <source>not packed in any package: {skus}</source>
        <translation>tidak dikemas dalam kemasan mana pun: {skus}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="140"/>
        <source>package entries with no contents: {packages}</source>
        <translation>entri kemasan tanpa isi: {packages}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="141"/>
        <source>no line says which package it is in, so the packing list cannot show what each of the {n} package entries holds; give each line its package</source>
        <translation>tidak ada baris yang menyebut kemasannya, sehingga daftar kemasan tidak dapat menunjukkan isi setiap {n} entri kemasan; isi kemasan untuk setiap baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="143"/>
        <source>{place}: the seller insures the goods under {term}, but the insurance is 0; give the premium paid</source>
        <translation>{place}: penjual mengasuransikan barang menurut {term}, tetapi asuransinya 0; isi premi yang dibayar</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="145"/>
        <source>{place}: the seller pays the carriage under {term}, but the freight is 0; give the freight paid (customs in the destination adds it to the value of the goods)</source>
        <translation>{place}: penjual membayar pengangkutan menurut {term}, tetapi ongkos angkutnya 0; isi ongkos angkut yang dibayar (pabean di negara tujuan menambahkannya ke nilai barang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="147"/>
        <source>{place}: the buyer pays the main carriage under {term}, but the invoice charges freight of {freight:,f} {currency}; check the Incoterm (CPT, CIF or DAP?) or the freight</source>
        <translation>{place}: pembeli membayar pengangkutan utama menurut {term}, tetapi faktur mengenakan ongkos angkut {freight:,f} {currency}; periksa Incoterm-nya (CPT, CIF atau DAP?) atau ongkos angkutnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="151"/>
        <source>Predicting {n:,} of {total:,}</source>
        <translation>Memprediksi {n:,} dari {total:,}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="152"/>
        <source>Scoring</source>
        <translation>Menilai</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="154"/>
        <source>{file}: choose a .csv or .xlsx file name</source>
        <translation>{file}: pilih nama berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="155"/>
        <source>{n:,} of {total:,} rows written</source>
        <translation>{n:,} dari {total:,} baris ditulis</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="156"/>
        <source>{n:,} rows written; saving the workbook</source>
        <translation>{n:,} baris ditulis; menyimpan buku kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="157"/>
        <source>{n:,} rows written</source>
        <translation>{n:,} baris ditulis</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="159"/>
        <source>the workbook is {size:,.0f} MB; the limit is {limit:,.0f} MB. Export it as CSV, or split it</source>
        <translation>buku kerja ini berukuran {size:,.0f} MB; batasnya {limit:,.0f} MB. Ekspor sebagai CSV, atau pecah menjadi beberapa berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="161"/>
        <source>the file is {size:,.0f} MB; the limit is {limit:,.0f} MB. Split it into smaller files</source>
        <translation>berkas ini berukuran {size:,.0f} MB; batasnya {limit:,.0f} MB. Pecah menjadi berkas-berkas yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="162"/>
        <source>the workbook has {n:,} parts; a spreadsheet has far fewer</source>
        <translation>buku kerja ini memiliki {n:,} bagian; lembar kerja biasa jauh lebih sedikit</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="163"/>
        <source>the workbook would unpack to {size:,.0f} MB; the limit is {limit:,.0f} MB</source>
        <translation>buku kerja ini akan membesar menjadi {size:,.0f} MB saat dibuka; batasnya {limit:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="164"/>
        <source>part {part} unpacks {n:,} times larger than it is packed (a zip bomb?)</source>
        <translation>bagian {part} membesar {n:,} kali dari ukuran kemasannya (bom zip?)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="165"/>
        <source>the workbook contains another archive ({part})</source>
        <translation>buku kerja ini berisi arsip lain ({part})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="166"/>
        <source>part {part} declares a DTD or entities, which a spreadsheet never needs</source>
        <translation>bagian {part} mendeklarasikan DTD atau entitas, yang tidak pernah diperlukan lembar kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="167"/>
        <source>the workbook is damaged: not a readable workbook ({error})</source>
        <translation>buku kerja rusak: bukan buku kerja yang dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="168"/>
        <source>not a readable workbook ({error})</source>
        <translation>bukan buku kerja yang dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="170"/>
        <source>Checked {n:,} of {total:,} items against the rules</source>
        <translation>{n:,} dari {total:,} barang diperiksa terhadap aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="171"/>
        <source>Re-flagged {n:,} of {total:,} items</source>
        <translation>{n:,} dari {total:,} barang ditandai ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="173"/>
        <source>confidence threshold of the rule set</source>
        <translation>ambang keyakinan dalam aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="174"/>
        <source>{file}, column {column}</source>
        <translation>{file}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="175"/>
        <source>same SKU</source>
        <translation>SKU sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="176"/>
        <source>same title</source>
        <translation>judul sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="177"/>
        <source>same SKU family</source>
        <translation>keluarga SKU sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="178"/>
        <source>{skus} and {n} more</source>
        <translation>{skus} dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="179"/>
        <source>{n} similar item(s) carry {other}, not {code}: {skus}</source>
        <translation>{n} barang serupa memakai {other}, bukan {code}: {skus}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="180"/>
        <source>contradicts an earlier decision: {reviewer} gave {other} to {sku} ({why}) on {day}</source>
        <translation>bertentangan dengan keputusan sebelumnya: {reviewer} memberi {other} untuk {sku} ({why}) pada {day}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="181"/>
        <source>contradicts an earlier decision for this SKU: {reviewer} gave {other} on {day}</source>
        <translation>bertentangan dengan keputusan sebelumnya untuk SKU ini: {reviewer} memberi {other} pada {day}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="183"/>
        <source>Committing</source>
        <translation>Menyimpan ke basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="185"/>
        <source>Borderline cannot use the data folder {folder}: it must write the file {file} there, which keeps a second Borderline out of the folder, and cannot. Check that you may write in that folder, or start Borderline with another data folder. ({reason})</source>
        <translation>Borderline tidak dapat memakai folder data {folder}: Borderline harus menulis berkas {file} di sana, yang mencegah Borderline kedua memakai folder itu, tetapi tidak bisa. Periksa apakah Anda boleh menulis di folder itu, atau jalankan Borderline dengan folder data lain. ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="189"/>
        <source>Activating the new model</source>
        <translation>Mengaktifkan model baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="190"/>
        <source>Recording the candidate</source>
        <translation>Mencatat kandidat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="191"/>
        <source>Activating version {version}</source>
        <translation>Mengaktifkan versi {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="192"/>
        <source>there is no model version {version}</source>
        <translation>tidak ada versi model {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="193"/>
        <source>nothing new to learn from: no decision was taken or undone since version {version} was trained (tick &apos;Activate even if worse&apos;, or use --force, to train again anyway)</source>
        <translation>tidak ada hal baru untuk dipelajari: tidak ada keputusan yang diambil atau dibatalkan sejak versi {version} dilatih (centang &apos;Aktifkan meskipun lebih buruk&apos;, atau pakai --force, untuk tetap melatih ulang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="195"/>
        <source>{starter:,} starter titles and {kept:,} of your {decided:,} decisions; the {n} newest are learned after the comparison</source>
        <translation>{starter:,} judul awal dan {kept:,} dari {decided:,} keputusan Anda; {n} yang terbaru dipelajari setelah perbandingan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="197"/>
        <source>{starter:,} starter titles and {decided:,} decisions: {n:,} examples</source>
        <translation>{starter:,} judul awal dan {decided:,} keputusan: {n:,} contoh</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="198"/>
        <source>Scoring both versions on the {n} held-out decisions</source>
        <translation>Menilai kedua versi pada {n} keputusan uji</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="199"/>
        <source>Learning the {n} held-out decisions too: {total:,} examples in all</source>
        <translation>Mempelajari juga {n} keputusan uji: seluruhnya {total:,} contoh</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="200"/>
        <source>no held-out decisions to compare on yet (fewer than 5 new ones); the candidate was activated</source>
        <translation>belum ada keputusan uji untuk membandingkan (kurang dari 5 keputusan baru); kandidat diaktifkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="202"/>
        <source>the candidate is not worse on the held-out decisions, so it was activated</source>
        <translation>kandidat tidak lebih buruk pada keputusan uji, jadi diaktifkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="203"/>
        <source>the candidate is worse on the held-out decisions but was activated on request</source>
        <translation>kandidat lebih buruk pada keputusan uji tetapi diaktifkan atas permintaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="204"/>
        <source>the candidate is worse on the held-out decisions; the active version stays</source>
        <translation>kandidat lebih buruk pada keputusan uji; versi aktif tetap dipakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="205"/>
        <source>Saving the candidate</source>
        <translation>Menyimpan kandidat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="206"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="207"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="208"/>
        <source>No undecided items</source>
        <translation>Tidak ada barang yang belum diputuskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="209"/>
        <source>No item carries an older version&apos;s suggestions</source>
        <translation>Tidak ada barang yang membawa saran versi lama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="210"/>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="211"/>
        <source>{p:.1%}</source>
        <translation>{p:.1%}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="212"/>
        <source>top-1 accuracy</source>
        <translation>akurasi top-1</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="213"/>
        <source>top-5 accuracy</source>
        <translation>akurasi top-5</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="214"/>
        <source>auto-accepted share</source>
        <translation>porsi diterima otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="215"/>
        <source>error among auto-accepted</source>
        <translation>galat (diterima otomatis)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="216"/>
        <source>  {label:&lt;28}{before:&gt;10}{after:&gt;12}</source>
        <translation>  {label:&lt;28}{before:&gt;10}{after:&gt;12}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="217"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="218"/>
        <source>candidate</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="221"/>
        <source>  cancelled at {done:,} of {total:,} items: the version stays active, and the other {rest:,} are classified with it at the next start (or by &apos;borderline reclassify&apos;)</source>
        <translation>  dibatalkan pada {done:,} dari {total:,} barang: versi ini tetap aktif, dan {rest:,} sisanya diklasifikasi dengannya saat aplikasi dibuka lagi (atau dengan &apos;borderline reclassify&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="223"/>
        <source>  now {waiting} of the {undecided} undecided items wait for review ({share:.0%})</source>
        <translation>  kini {waiting} dari {undecided} barang yang belum diputuskan menunggu tinjauan ({share:.0%})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="224"/>
        <source>{code} ({p})</source>
        <translation>{code} ({p})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="225"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="226"/>
        <source>  {sku}: {old} -&gt; {new} ({p}), {old_status} -&gt; {new_status}  {title}</source>
        <translation>  {sku}: {old} -&gt; {new} ({p}), {old_status} -&gt; {new_status}  {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="227"/>
        <source>  and {n} more</source>
        <translation>  dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="229"/>
        <source>&apos;{code}&apos; is not a six-digit HS code (write all six digits, e.g. 850760)</source>
        <translation>&apos;{code}&apos; bukan kode HS enam digit (tulis keenam digitnya, mis. 850760)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="230"/>
        <source>&apos;{code}&apos; is a trade-statistics code (&quot;{description}&quot;), not an HS 2022 subheading: give the subheading of the goods</source>
        <translation>&apos;{code}&apos; adalah kode statistik perdagangan (&quot;{description}&quot;), bukan subpos HS 2022: isi subpos barangnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="236"/>
        <source>&apos;{code}&apos; has the {n} digits of a national tariff line, but its first six ({digits}) are no HS 2022 subheading</source>
        <translation>&apos;{code}&apos; memiliki {n} digit pos tarif nasional, tetapi enam digit pertamanya ({digits}) bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="238"/>
        <source>&apos;{code}&apos; is an HS heading, not a subheading: give the six-digit HS 2022 subheading of the goods (under this heading: {codes})</source>
        <translation>&apos;{code}&apos; adalah pos HS, bukan subpos: berikan subpos HS 2022 enam digit untuk barang ini (di bawah pos ini: {codes})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="243"/>
        <source>as rupiah and dong amounts have no decimals</source>
        <translation>karena jumlah rupiah dan dong tidak memakai desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="244"/>
        <source>as the file&apos;s other number columns show</source>
        <translation>sebagaimana ditunjukkan kolom angka lain di berkas ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="245"/>
        <source>as the rest of the file suggests</source>
        <translation>sebagaimana disarankan bagian lain berkas ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="246"/>
        <source>as nothing in the file says otherwise</source>
        <translation>karena tidak ada petunjuk lain di berkas ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="247"/>
        <source>row {row}: {text} read as {reading} ({other} with a {mark})</source>
        <translation>baris {row}: {text} dibaca sebagai {reading} ({other} dengan {mark})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="248"/>
        <source>{where}column {column}: {count} can be read two ways and no value in the column shows which decimal mark it uses: {values}{more}. Read with a {mark}, {guessed}; write {point} or {comma} to say which</source>
        <translation>{where}kolom {column}: {count} dapat dibaca dua cara dan tidak ada nilai di kolom ini yang menunjukkan tanda desimal yang dipakai: {values}{more}. Dibaca dengan {mark}, {guessed}; tulis {point} atau {comma} untuk memastikannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="251"/>
        <source>; check {count} that read two ways ({listed}{more}), read as {reading} and so on</source>
        <translation>; periksa {count} yang dapat dibaca dua cara ({listed}{more}), dibaca sebagai {reading} dan seterusnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="252"/>
        <source>row {row}: {text}</source>
        <translation>baris {row}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="253"/>
        <source>{where}column {column}: both decimal marks appear (a decimal comma on row {comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each value that shows its mark was read by it, the others with a decimal comma, as the column shows first{two_way}</source>
        <translation>{where}kolom {column}: kedua tanda desimal muncul (koma desimal di baris {comma_row}: {comma_text}; titik desimal di baris {dot_row}: {dot_text}); setiap nilai yang menunjukkan tandanya dibaca sesuai tanda itu, sisanya dengan koma desimal, sebagaimana kolom ini menunjukkan lebih dulu{two_way}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="257"/>
        <source>{where}column {column}: both decimal marks appear (a decimal comma on row {comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each value that shows its mark was read by it, the others with a decimal dot, as the column shows first{two_way}</source>
        <translation>{where}kolom {column}: kedua tanda desimal muncul (koma desimal di baris {comma_row}: {comma_text}; titik desimal di baris {dot_row}: {dot_text}); setiap nilai yang menunjukkan tandanya dibaca sesuai tanda itu, sisanya dengan titik desimal, sebagaimana kolom ini menunjukkan lebih dulu{two_way}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="261"/>
        <source>row {row}: {text} = {kg} kg</source>
        <translation>baris {row}: {text} = {kg} kg</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="262"/>
        <source>1 item weighs</source>
        <translation>1 barang berbobot</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="263"/>
        <source>{n:,} items weigh</source>
        <translation>{n:,} barang berbobot</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="264"/>
        <source>{where}column {column}: {weigh} more than {limit} kg each ({listed}{more}); check the number, its decimal mark and its unit before the weight goes onto a packing list</source>
        <translation>{where}kolom {column}: {weigh} lebih dari {limit} kg per barang ({listed}{more}); periksa angka, tanda desimal dan satuannya sebelum berat itu masuk ke daftar kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="266"/>
        <source>weight</source>
        <translation>berat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="267"/>
        <source>decimal comma</source>
        <translation>koma desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="268"/>
        <source>decimal point</source>
        <translation>titik desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="269"/>
        <source>1 number</source>
        <translation>1 angka</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="270"/>
        <source>{n:,} numbers</source>
        <translation>{n:,} angka</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="271"/>
        <source> and {n:,} more</source>
        <translation> dan {n:,} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="273"/>
        <source>not an OpenDocument spreadsheet</source>
        <translation>bukan lembar kerja OpenDocument</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="275"/>
        <source>Reading the review queue</source>
        <translation>Membaca antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="276"/>
        <source>Reading the review log</source>
        <translation>Membaca log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="278"/>
        <source>a decision needs the reviewer&apos;s name</source>
        <translation>keputusan memerlukan nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="279"/>
        <source>no item with id {id}</source>
        <translation>tidak ada barang dengan id {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="280"/>
        <source>{sku} has a blocking flag: say in a note why it may ship under {code}</source>
        <translation>{sku} memiliki tanda pemblokir: tulis di catatan mengapa barang ini boleh dikirim dengan {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="281"/>
        <source>no items were chosen</source>
        <translation>tidak ada barang yang dipilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="282"/>
        <source>there is no decision to undo</source>
        <translation>tidak ada keputusan untuk dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="284"/>
        <source>(extra cells)</source>
        <translation>(sel tambahan)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="285"/>
        <source>{cells} cells but the header has {columns} columns; a delimiter or quote may be misplaced</source>
        <translation>{cells} sel tetapi judul kolom memiliki {columns} kolom; mungkin ada pemisah atau tanda kutip yang salah tempat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="287"/>
        <source>missing title</source>
        <translation>judul kosong</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="288"/>
        <source>missing SKU</source>
        <translation>SKU kosong</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="289"/>
        <source>SKU longer than {most} characters</source>
        <translation>SKU lebih panjang dari {most} karakter</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="290"/>
        <source>duplicate SKU &apos;{sku}&apos; (first on row {row})</source>
        <translation>SKU ganda &apos;{sku}&apos; (pertama kali di baris {row})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="291"/>
        <source>not a weight: &apos;{text}&apos;</source>
        <translation>bukan berat: &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="292"/>
        <source>not a quantity: &apos;{text}&apos;</source>
        <translation>bukan jumlah: &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="293"/>
        <source>not a number: &apos;{text}&apos;</source>
        <translation>bukan angka: &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="294"/>
        <source>&apos;{text}&apos; is a calculation, not an amount; type the amount itself</source>
        <translation>&apos;{text}&apos; adalah perhitungan, bukan jumlah; ketik jumlahnya sendiri</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="295"/>
        <source>&apos;{text}&apos; holds more than one number; type one amount</source>
        <translation>&apos;{text}&apos; berisi lebih dari satu angka; ketik satu jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="296"/>
        <source>negative price {value}</source>
        <translation>harga negatif {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="297"/>
        <source>negative weight {value}</source>
        <translation>berat negatif {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="298"/>
        <source>negative quantity {value}</source>
        <translation>jumlah negatif {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="299"/>
        <source>unknown country &apos;{text}&apos;</source>
        <translation>negara tidak dikenal &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="300"/>
        <source>unit longer than {most} characters: &apos;{unit}&apos;</source>
        <translation>satuan lebih panjang dari {most} karakter: &apos;{unit}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="301"/>
        <source>column {column}: a formula with no saved value ({formula}) on {where}, imported empty; open the file in Excel or LibreOffice, save it and import it again to keep it</source>
        <translation>kolom {column}: rumus tanpa nilai tersimpan ({formula}) di {where}, diimpor kosong; buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi agar nilainya ikut</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="303"/>
        <source>column {column}: no price on {where}</source>
        <translation>kolom {column}: tidak ada harga di {where}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="304"/>
        <source>no price column: no price on {where}</source>
        <translation>tidak ada kolom harga: tidak ada harga di {where}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="305"/>
        <source>{problem}; imported all the same, but no commercial invoice can be printed for this item until a unit value is given (in the catalogue, or on the shipment&apos;s line)</source>
        <translation>{problem}; tetap diimpor, tetapi faktur komersial untuk barang ini tidak dapat dicetak sampai nilai satuannya diisi (di katalog, atau di baris pengiriman)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="307"/>
        <source>{problem}; imported all the same, but no commercial invoice can be printed for these items until a unit value is given (in the catalogue, or on the shipment&apos;s line)</source>
        <translation>{problem}; tetap diimpor, tetapi faktur komersial untuk barang-barang ini tidak dapat dicetak sampai nilai satuannya diisi (di katalog, atau di baris pengiriman)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="309"/>
        <source>{rows} and {n:,} more</source>
        <translation>{rows} dan {n:,} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="310"/>
        <source>row {rows}</source>
        <translation>baris {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="311"/>
        <source>{n:,} rows ({rows})</source>
        <translation>{n:,} baris ({rows})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="312"/>
        <source>{n:,} characters, longer than the {most:,} this column takes (&quot;{text}&quot;); is another column&apos;s text in it?</source>
        <translation>{n:,} karakter, lebih panjang dari {most:,} yang dapat ditampung kolom ini (&quot;{text}&quot;); apakah teks kolom lain masuk ke sini?</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="314"/>
        <source>column {letter} is read as {field}</source>
        <translation>kolom {letter} dibaca sebagai {field}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="315"/>
        <source>column {letter} is kept as the attribute &apos;{header}&apos;</source>
        <translation>kolom {letter} disimpan sebagai atribut &apos;{header}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="316"/>
        <source>{file}: {n} columns have the header {names} ({letters} and {last}): {uses}. If another of them holds the right values, choose it in the column matching, or rename the headers</source>
        <translation>{file}: {n} kolom memiliki judul kolom {names} ({letters} dan {last}): {uses}. Jika salah satu kolom lain berisi nilai yang benar, pilih kolom itu di pemetaan kolom, atau ganti nama judul kolomnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="319"/>
        <source>Read the whole file</source>
        <translation>Seluruh berkas sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="320"/>
        <source>Read row {row:,}</source>
        <translation>Membaca baris {row:,}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="321"/>
        <source>Read {n:,} rows</source>
        <translation>{n:,} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="323"/>
        <source>Training the starter model</source>
        <translation>Melatih model awal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="324"/>
        <source>Model ready</source>
        <translation>Model siap</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="326"/>
        <source>Classified {n:,} of {total:,}</source>
        <translation>{n:,} dari {total:,} diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="327"/>
        <source>Classified {n:,} items</source>
        <translation>{n:,} barang diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="329"/>
        <source>the named city</source>
        <translation>kota yang disebutkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="330"/>
        <source>no decimals</source>
        <translation>tanpa desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="331"/>
        <source>at most 1 decimal</source>
        <translation>paling banyak 1 desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="332"/>
        <source>at most {digits} decimals</source>
        <translation>paling banyak {digits} desimal</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="333"/>
        <source>{field}: {value:f} has more decimals than {currency} has ({allowed}); give the amount as billed, e.g. {example:f}</source>
        <translation>{field}: {value:f} memiliki lebih banyak desimal daripada {currency} ({allowed}); isi jumlah sesuai tagihan, mis. {example:f}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="335"/>
        <source>{field}: expected text</source>
        <translation>{field}: harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="336"/>
        <source>{field}: missing</source>
        <translation>{field}: belum diisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="337"/>
        <source>{field}: not a number: {value} (write the amount in digits, e.g. 10.00)</source>
        <translation>{field}: bukan angka: {value} (tulis jumlahnya dengan angka, mis. 10.00)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="338"/>
        <source>{field}: not a number: {value}</source>
        <translation>{field}: bukan angka: {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="339"/>
        <source>{field}: must be greater than zero</source>
        <translation>{field}: harus lebih dari nol</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="340"/>
        <source>{field}: must be zero or more</source>
        <translation>{field}: harus nol atau lebih</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="341"/>
        <source>line {line} (SKU {sku}), quantity</source>
        <translation>baris {line} (SKU {sku}), jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="342"/>
        <source>line {line} (SKU {sku}), unit value</source>
        <translation>baris {line} (SKU {sku}), nilai satuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="343"/>
        <source>line {line} (SKU {sku}), package number</source>
        <translation>baris {line} (SKU {sku}), nomor kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="344"/>
        <source>{field}: &apos;{value}&apos; is not an ISO country code (e.g. SG, MY, TH)</source>
        <translation>{field}: &apos;{value}&apos; bukan kode negara ISO (mis. SG, MY, TH)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="345"/>
        <source>{field}: &apos;{value}&apos; is not true or false</source>
        <translation>{field}: &apos;{value}&apos; bukan true atau false</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="346"/>
        <source>{field}: &apos;{value}&apos; is not a phone number (digits, spaces, brackets, dashes and a leading +, 6 to 15 digits)</source>
        <translation>{field}: &apos;{value}&apos; bukan nomor telepon (angka, spasi, tanda kurung, tanda hubung dan + di depan, 6 sampai 15 angka)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="348"/>
        <source>{field}: &apos;{value}&apos; is not an email address like name@shop.co.th</source>
        <translation>{field}: &apos;{value}&apos; bukan alamat email seperti nama@toko.co.id</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="349"/>
        <source>the shipment must be a JSON object</source>
        <translation>pengiriman harus berupa objek JSON</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="350"/>
        <source>date: &apos;{value}&apos; is not a date like 2026-11-24</source>
        <translation>date: &apos;{value}&apos; bukan tanggal seperti 2026-11-24</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="351"/>
        <source>incoterm: &apos;{value}&apos; is not an Incoterms 2020 rule ({known})</source>
        <translation>incoterm: &apos;{value}&apos; bukan aturan Incoterms 2020 ({known})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="352"/>
        <source>currency: &apos;{value}&apos; is not an ISO 4217 currency code</source>
        <translation>currency: &apos;{value}&apos; bukan kode mata uang ISO 4217</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="353"/>
        <source>{field}: &apos;{value}&apos; is not one of {known}</source>
        <translation>{field}: &apos;{value}&apos; bukan salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="354"/>
        <source>lines: a shipment needs at least one line</source>
        <translation>lines: pengiriman memerlukan paling sedikit satu baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="355"/>
        <source>lines[{line}]: expected an object with sku and quantity</source>
        <translation>lines[{line}]: harus berupa objek dengan sku dan quantity</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="356"/>
        <source>packages[{package}]: expected an object</source>
        <translation>packages[{package}]: harus berupa objek</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="357"/>
        <source>{field}: must be a whole number of packages</source>
        <translation>{field}: harus berupa jumlah kemasan yang bulat</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="358"/>
        <source>lines[{line}].package: there is no package {package} (the shipment lists {n})</source>
        <translation>lines[{line}].package: tidak ada kemasan {package} (pengiriman ini mencantumkan {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="359"/>
        <source>paper: &apos;{value}&apos; is not A4 or letter</source>
        <translation>paper: &apos;{value}&apos; bukan A4 atau letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="360"/>
        <source>incoterm_place: missing; an Incoterms 2020 rule needs its named place, e.g. {incoterm} {place}</source>
        <translation>incoterm_place: belum diisi; aturan Incoterms 2020 memerlukan tempat yang disebutkan, mis. {incoterm} {place}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="362"/>
        <source>consignee.tax_id: missing; Indonesia needs the consignee&apos;s NPWP, NIK or passport number on the invoice</source>
        <translation>consignee.tax_id: belum diisi; Indonesia memerlukan NPWP, NIK atau nomor paspor penerima pada faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="364"/>
        <source>sg_ovr_gst_number: missing; GST can be marked as paid (sg_gst_paid) only with the seller&apos;s GST registration number under OVR</source>
        <translation>sg_ovr_gst_number: belum diisi; GST hanya dapat ditandai sudah dibayar (sg_gst_paid) dengan nomor registrasi GST penjual melalui OVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="367"/>
        <source>{sku}: {why}</source>
        <translation>{sku}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="368"/>
        <source>{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}: “{note}”</source>
        <translation>{sku}: {rule} untuk {destination} ({reason}) dibersihkan oleh {reviewer}: “{note}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="369"/>
        <source>{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}</source>
        <translation>{sku}: {rule} untuk {destination} ({reason}) dibersihkan oleh {reviewer}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="370"/>
        <source>blocking flags for {destination} were cleared by a reviewer: {blocks}</source>
        <translation>tanda pemblokir untuk {destination} dibersihkan oleh peninjau: {blocks}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="371"/>
        <source>lines: no item with SKU &apos;{sku}&apos;</source>
        <translation>lines: tidak ada barang dengan SKU &apos;{sku}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="372"/>
        <source>with no price in the catalogue</source>
        <translation>tanpa harga di katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="373"/>
        <source>priced in {currency}, not {wanted}</source>
        <translation>berharga dalam {currency}, bukan {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="374"/>
        <source>with a price but no currency in the catalogue</source>
        <translation>dengan harga tetapi tanpa mata uang di katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="375"/>
        <source>zero value is not accepted by customs; declare a value</source>
        <translation>nilai nol tidak diterima pabean; deklarasikan nilainya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="376"/>
        <source>{sku}: no origin in the catalogue; {origin} printed (your usual origin)</source>
        <translation>{sku}: tidak ada asal di katalog; {origin} yang dicetak (asal yang biasa Anda pakai)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="377"/>
        <source>{lines} Give each of these lines its unit value in {currency} (unit_value in a shipment file)</source>
        <translation>{lines} Isi nilai satuan dalam {currency} untuk setiap baris ini (unit_value di berkas pengiriman)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="379"/>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="380"/>
        <source>lines {lines} and {n:,} more</source>
        <translation>baris {lines} dan {n:,} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="381"/>
        <source>lines {lines}</source>
        <translation>baris {lines}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="382"/>
        <source>{sku} ({lines})</source>
        <translation>{sku} ({lines})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="383"/>
        <source>and {n:,} more SKUs</source>
        <translation>dan {n:,} SKU lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="384"/>
        <source>Lines {why}: {skus}.</source>
        <translation>Baris {why}: {skus}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="385"/>
        <source>lines[{line}].quantity (SKU &apos;{sku}&apos;): {problem}</source>
        <translation>lines[{line}].quantity (SKU &apos;{sku}&apos;): {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="388"/>
        <source>not classified yet</source>
        <translation>belum diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="389"/>
        <source>waits for review</source>
        <translation>menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="390"/>
        <source>waits for review: {rules}</source>
        <translation>menunggu tinjauan: {rules}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="386"/>
        <source>blocked for {destination} by rule {rule}: {reason}</source>
        <translation>diblokir untuk {destination} oleh aturan {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="219"/>
        <source>learning receipt: {reclassified:,} undecided items reclassified, {changed:,} changed their suggestion, {left:,} left the review queue, {entered:,} entered it</source>
        <translation>tanda terima pembelajaran: {reclassified:,} barang yang belum diputuskan diklasifikasi ulang, {changed:,} berganti saran, {left:,} keluar dari antrean tinjauan, {entered:,} masuk ke dalamnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="387"/>
        <source>needs review for {destination} by rule {rule}: {reason}</source>
        <translation>perlu ditinjau untuk {destination} oleh aturan {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="391"/>
        <source>Rendering the commercial invoice</source>
        <translation>Menyusun faktur komersial</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="392"/>
        <source>Rendering the packing list</source>
        <translation>Menyusun daftar kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="393"/>
        <source>Recording the documents</source>
        <translation>Mencatat dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="394"/>
        <source>invoice {invoice} was changed by someone else while it printed (now revision {revision}); print it again</source>
        <translation>faktur {invoice} diubah orang lain selama dicetak (kini revisi {revision}); cetak lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="396"/>
        <source>logo: {problem}</source>
        <translation>logo: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="398"/>
        <source>invoice_number: {invoice} was saved for {before} ({before_country}); this shipment goes to {consignee} ({country}). Give it its own invoice number: another consignee or country is a new invoice, not an amendment</source>
        <translation>invoice_number: {invoice} sudah disimpan untuk {before} ({before_country}); pengiriman ini ditujukan ke {consignee} ({country}). Beri nomor faktur tersendiri: penerima atau negara lain berarti faktur baru, bukan perubahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="401"/>
        <source>invoice_number: {invoice} was printed on {printed} for {before} ({before_country}); this shipment goes to {consignee} ({country}). Give it its own invoice number: a printed invoice is not re-addressed to another consignee or country</source>
        <translation>invoice_number: {invoice} dicetak pada {printed} untuk {before} ({before_country}); pengiriman ini untuk {consignee} ({country}). Beri pengiriman ini nomor fakturnya sendiri: faktur yang sudah dicetak tidak dialamatkan ulang ke penerima atau negara lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="405"/>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="406"/>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="407"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="408"/>
        <source>vertical bar</source>
        <translation>garis tegak</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="409"/>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="410"/>
        <source>a PNG picture</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="411"/>
        <source>a JPEG picture</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="412"/>
        <source>a GIF picture</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="413"/>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="414"/>
        <source>a RAR archive</source>
        <translation>arsip RAR</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="415"/>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="416"/>
        <source>a database file</source>
        <translation>berkas basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="417"/>
        <source>{file}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{file}: tidak ada lembar bernama &apos;{sheet}&apos; (lembar: {sheets})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="418"/>
        <source>text, {encoding}, {delimiter}-separated</source>
        <translation>teks, {encoding}, dipisahkan {delimiter}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="419"/>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation>buku kerja Excel, lembar &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="420"/>
        <source>OpenDocument workbook, sheet &apos;{sheet}&apos;</source>
        <translation>buku kerja OpenDocument, lembar &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="421"/>
        <source>{file}: the file is empty</source>
        <translation>{file}: berkas kosong</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="422"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="423"/>
        <source>a web page</source>
        <translation>halaman web</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="424"/>
        <source>a text file</source>
        <translation>berkas teks</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="425"/>
        <source>{file}: named {suffix} but it is not a workbook (it looks like {looks}); the file may be damaged or renamed</source>
        <translation>{file}: bernama {suffix} tetapi bukan buku kerja (tampaknya {looks}); berkas mungkin rusak atau berganti nama</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="427"/>
        <source>this workbook is password-protected; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again</source>
        <translation>buku kerja ini dilindungi kata sandi; buka di Excel, hapus kata sandinya (File &gt; Info &gt; Protect Workbook), simpan, lalu impor lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="429"/>
        <source>named {suffix} but this is a password-protected workbook or an old Excel 97-2003 workbook (.xls); remove the password, or save it as .xlsx or CSV, and import that</source>
        <translation>bernama {suffix} tetapi ini buku kerja yang dilindungi kata sandi atau buku kerja Excel 97-2003 lama (.xls); hapus kata sandinya, atau simpan sebagai .xlsx atau CSV, lalu impor berkas itu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="431"/>
        <source>this is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that</source>
        <translation>ini buku kerja Excel 97-2003 lama (.xls); simpan sebagai .xlsx atau CSV lalu impor berkas itu</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="432"/>
        <source>{file}: the workbook is damaged and cannot be opened ({error})</source>
        <translation>{file}: buku kerja rusak dan tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="433"/>
        <source>{file}: the spreadsheet is damaged and cannot be opened ({error})</source>
        <translation>{file}: lembar kerja rusak dan tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="434"/>
        <source>{file}: this is a zip archive, not a spreadsheet</source>
        <translation>{file}: ini arsip zip, bukan lembar kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="435"/>
        <source>{file}: the workbook has no sheets</source>
        <translation>{file}: buku kerja tidak memiliki lembar</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="436"/>
        <source>{file}: this is {what}, not a catalogue</source>
        <translation>{file}: ini {what}, bukan katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="437"/>
        <source>{file}: this is not a text or spreadsheet file</source>
        <translation>{file}: ini bukan berkas teks atau lembar kerja</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="438"/>
        <source>{file}: &apos;{encoding}&apos; is not an encoding Borderline knows</source>
        <translation>{file}: &apos;{encoding}&apos; bukan pengodean yang dikenal Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="439"/>
        <source>{file}: this is a web page, not a catalogue export (perhaps an error page saved by the browser)</source>
        <translation>{file}: ini halaman web, bukan ekspor katalog (mungkin halaman galat yang disimpan peramban)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="441"/>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}, baris {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="442"/>
        <source>a quoted cell opens here (&quot;{cell}) and does not close on its line: it swallowed the next 1 line of the file, which are read as rows of their own; remove the stray quotation mark (or close it) and import this row again</source>
        <translation>sel bertanda kutip dibuka di sini (&quot;{cell}) dan tidak ditutup di barisnya: sel ini menelan 1 baris berikutnya dari berkas, yang dibaca sebagai baris tersendiri; hapus tanda kutip yang tersesat (atau tutup) lalu impor baris ini lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="445"/>
        <source>a quoted cell opens here (&quot;{cell}) and does not close on its line: it swallowed the next {n:,} lines of the file, which are read as rows of their own; remove the stray quotation mark (or close it) and import this row again</source>
        <translation>sel bertanda kutip dibuka di sini (&quot;{cell}) dan tidak ditutup di barisnya: sel ini menelan {n:,} baris berikutnya dari berkas, yang dibaca sebagai baris tersendiri; hapus tanda kutip yang tersesat (atau tutup) lalu impor baris ini lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="448"/>
        <source>a quoted cell never ends (check the quotation marks)</source>
        <translation>sel bertanda kutip tidak pernah ditutup (periksa tanda kutipnya)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="449"/>
        <source>{file}: the sheet &apos;{sheet}&apos; is damaged ({error})</source>
        <translation>{file}: lembar &apos;{sheet}&apos; rusak ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="451"/>
        <source>{quantity:f} {unit} is not a whole number; goods counted in {unit} ship in whole numbers (only units of weight, length, area or volume such as kg, m, m2 or l take decimals)</source>
        <translation>{quantity:f} {unit} bukan bilangan bulat; barang yang dihitung dalam {unit} dikirim dalam bilangan bulat (hanya satuan berat, panjang, luas atau volume seperti kg, m, m2 atau l yang boleh berdesimal)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="455"/>
        <source>unknown weight unit &apos;{unit}&apos; (use kg, g, lb or oz)</source>
        <translation>satuan berat tidak dikenal &apos;{unit}&apos; (pakai kg, g, lb atau oz)</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="456"/>
        <source>&apos;$&apos; could be several dollars; write USD, SGD, ...</source>
        <translation>&apos;$&apos; bisa berarti beberapa jenis dolar; tulis USD, SGD, ...</translation>
    </message>
    <message>
        <location filename="../../app/gui/core_messages.py" line="457"/>
        <source>unknown currency &apos;{text}&apos;</source>
        <translation>mata uang tidak dikenal &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="13"/>
        <source>entry does not follow the one before it (one was removed or changed)</source>
        <translation>entri tidak menyambung dengan entri sebelumnya (ada entri yang dihapus atau diubah)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="14"/>
        <source>entry was changed after it was written</source>
        <translation>entri diubah setelah ditulis</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="15"/>
        <source>and {n:,} more</source>
        <translation>dan {n:,} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="16"/>
        <source>{n:,} decision(s) disagree: {problems}</source>
        <translation>{n:,} keputusan tidak cocok: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="17"/>
        <source>decision {id} (SKU {sku})</source>
        <translation>keputusan {id} (SKU {sku})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="18"/>
        <source>{decision} has no audit entry</source>
        <translation>{decision} tidak memiliki entri audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="19"/>
        <source>{decision} is undone but the audit trail says it was never undone</source>
        <translation>{decision} sudah dibatalkan, tetapi menurut jejak audit tidak pernah dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="20"/>
        <source>{decision} is live but the audit trail says it was undone</source>
        <translation>{decision} masih berlaku, tetapi menurut jejak audit sudah dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="21"/>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="22"/>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="23"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="24"/>
        <source>reviewer</source>
        <translation>peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="25"/>
        <source>{now} now, {then} recorded</source>
        <translation>{now} sekarang, {then} tercatat</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="26"/>
        <source>{decision}: its {field} differs from its audit entry ({values})</source>
        <translation>{decision}: {field} berbeda dari entri auditnya ({values})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="27"/>
        <source>{decision}: its {fields} and {last} differ from its audit entry ({values})</source>
        <translation>{decision}: {fields} dan {last} berbeda dari entri auditnya ({values})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="28"/>
        <source>no record outside the database to check the newest entries against ({file} is missing: an older data folder, or it was removed); the next change starts one</source>
        <translation>tidak ada catatan di luar basis data untuk memeriksa entri terbaru ({file} tidak ada: folder data versi lama, atau berkas itu dihapus); perubahan berikutnya memulai catatan baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="30"/>
        <source>the audit trail holds {have:,} entries, fewer than the {count:,} of the head {head} you gave: its newest {n:,} entries were removed</source>
        <translation>jejak audit berisi {have:,} entri, lebih sedikit dari {count:,} pada kepala {head} yang Anda berikan: {n:,} entri terbarunya telah dihapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="32"/>
        <source>entry {count:,} is not the one of the head {head} you gave: entries from there on were removed or replaced</source>
        <translation>entri {count:,} bukan entri pada kepala {head} yang Anda berikan: entri sejak titik itu telah dihapus atau diganti</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="34"/>
        <source>the audit trail holds {have:,} entries, but {file} recorded {count:,} on {at} (UTC): its newest {n:,} entries were removed</source>
        <translation>jejak audit berisi {have:,} entri, tetapi {file} mencatat {count:,} pada {at} (UTC): {n:,} entri terbarunya telah dihapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="36"/>
        <source>entry {count:,} is not the one {file} recorded on {at} (UTC): entries from there on were removed or replaced</source>
        <translation>entri {count:,} bukan entri yang dicatat {file} pada {at} (UTC): entri sejak titik itu telah dihapus atau diganti</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="39"/>
        <source>&apos;{text}&apos; is not an audit trail head: write ENTRIES:HASH as an export or backup names it, e.g. 43:5f2c9a0e41b7…</source>
        <translation>&apos;{text}&apos; bukan kepala jejak audit: tulis ENTRI:HASH seperti yang disebut ekspor atau cadangan, mis. 43:5f2c9a0e41b7…</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="42"/>
        <source>{file}: there is no database to back up yet</source>
        <translation>{file}: belum ada basis data untuk dicadangkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="43"/>
        <source>{file}: a backup cannot replace the database itself</source>
        <translation>{file}: cadangan tidak dapat menggantikan basis data itu sendiri</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="44"/>
        <source>{file}: cannot be copied ({error})</source>
        <translation>{file}: tidak dapat disalin ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="45"/>
        <source>{file}: the safety copy before changing the database failed ({error})</source>
        <translation>{file}: salinan pengaman sebelum basis data diubah gagal dibuat ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="46"/>
        <source>{file}: not a Borderline backup (not an SQLite database)</source>
        <translation>{file}: bukan cadangan Borderline (bukan basis data SQLite)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="47"/>
        <source>{file}: not a Borderline database (no {tables} table)</source>
        <translation>{file}: bukan basis data Borderline (tidak ada tabel {tables})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="48"/>
        <source>{file}: not a Borderline database (schema version unreadable)</source>
        <translation>{file}: bukan basis data Borderline (versi skema tidak dapat dibaca)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="49"/>
        <source>{file}: the backup is damaged ({error})</source>
        <translation>{file}: cadangan rusak ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="50"/>
        <source>{file}: this is the database in use, not a backup of it</source>
        <translation>{file}: ini basis data yang sedang dipakai, bukan cadangannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="51"/>
        <source>{file}: the restore did not complete ({error}); the previous database was kept in {folder}</source>
        <translation>{file}: pemulihan tidak selesai ({error}); basis data sebelumnya disimpan di {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="53"/>
        <source>backup and restore work with Borderline&apos;s own SQLite database only; use the database server&apos;s tools for a shared server</source>
        <translation>pencadangan dan pemulihan hanya berlaku untuk basis data SQLite milik Borderline sendiri; untuk server bersama, gunakan alat dari server basis data tersebut</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="55"/>
        <source>model version {version} is active in the restored database, but its file {file} is not in {folder} (backups hold the database, not model files): suggestions come from the shipped model until you retrain or activate another version</source>
        <translation>model versi {version} aktif di basis data yang dipulihkan, tetapi berkasnya, {file}, tidak ada di {folder} (cadangan berisi basis data, bukan berkas model): saran berasal dari model bawaan sampai Anda melatih ulang atau mengaktifkan versi lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="58"/>
        <source>the restored audit trail does not check out: {problem}</source>
        <translation>jejak audit yang dipulihkan tidak lolos pemeriksaan: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="60"/>
        <source>The database is at schema {revision}, which this version of Borderline does not know: it was written by a newer version. Install that version to open it.</source>
        <translation>Basis data ini memakai skema {revision}, yang tidak dikenal oleh versi Borderline ini: basis data ini ditulis oleh versi yang lebih baru. Pasang versi tersebut untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="62"/>
        <source>The upgrade would leave {n:,} broken references; nothing was changed.</source>
        <translation>Pembaruan akan meninggalkan {n:,} rujukan yang rusak; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="63"/>
        <source>The database cannot be opened ({error}). Restore a backup with &apos;borderline restore FILE&apos;.</source>
        <translation>Basis data tidak dapat dibuka ({error}). Pulihkan cadangan dengan &apos;borderline restore FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="65"/>
        <source>The database {file} is in use: another program kept it locked for {seconds} seconds. Close that program (or another Borderline) and start again.</source>
        <translation>Basis data {file} sedang dipakai: program lain menguncinya selama {seconds} detik. Tutup program itu (atau Borderline yang lain) lalu mulai lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="68"/>
        <source>there is no such rule</source>
        <translation>aturan ini tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="70"/>
        <source>{file}: rule {rule}: {problem}</source>
        <translation>{file}: aturan {rule}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="71"/>
        <source>field &apos;{field}&apos; must be a number from 0 to 1</source>
        <translation>isian &apos;{field}&apos; harus berupa angka dari 0 sampai 1</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="72"/>
        <source>{file}: not valid TOML ({error})</source>
        <translation>{file}: bukan TOML yang sah ({error})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="73"/>
        <source>field &apos;{field}&apos; must be a list of strings</source>
        <translation>isian &apos;{field}&apos; harus berupa daftar teks</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="74"/>
        <source>field &apos;{field}&apos; must be a number</source>
        <translation>isian &apos;{field}&apos; harus berupa angka</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="75"/>
        <source>field &apos;{field}&apos;: &apos;{value}&apos; is not a number</source>
        <translation>isian &apos;{field}&apos;: &apos;{value}&apos; bukan angka</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="76"/>
        <source>field &apos;{field}&apos;: {value} is not a limit (a number from 0 up)</source>
        <translation>isian &apos;{field}&apos;: {value} bukan batas (angka mulai dari 0)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="77"/>
        <source>field &apos;{field}&apos;: {placeholder} is not something a flag can fill in ({known} or a threshold attribute)</source>
        <translation>isian &apos;{field}&apos;: {placeholder} bukan sesuatu yang dapat diisi oleh tanda ({known} atau atribut ambang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="79"/>
        <source>field &apos;markets&apos;: &apos;{market}&apos; is not a two-letter country code, ALL or ASEAN</source>
        <translation>isian &apos;markets&apos;: &apos;{market}&apos; bukan kode negara dua huruf, ALL atau ASEAN</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="80"/>
        <source>field &apos;thresholds&apos; must be a list of tables</source>
        <translation>isian &apos;thresholds&apos; harus berupa daftar tabel</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="81"/>
        <source>field &apos;thresholds&apos;: attribute &apos;{attribute}&apos; is not one of {known}</source>
        <translation>isian &apos;thresholds&apos;: atribut &apos;{attribute}&apos; bukan salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="82"/>
        <source>field &apos;thresholds&apos;: op &apos;{op}&apos; is not one of {known}</source>
        <translation>isian &apos;thresholds&apos;: op &apos;{op}&apos; bukan salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="83"/>
        <source>field &apos;thresholds&apos;: only a &apos;value&apos; threshold has a currency</source>
        <translation>isian &apos;thresholds&apos;: hanya ambang &apos;value&apos; yang memiliki mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="84"/>
        <source>field &apos;consignment&apos; must be a table with &apos;basis&apos; and &apos;above&apos;</source>
        <translation>isian &apos;consignment&apos; harus berupa tabel dengan &apos;basis&apos; dan &apos;above&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="85"/>
        <source>field &apos;consignment.basis&apos; must be one of {known}</source>
        <translation>isian &apos;consignment.basis&apos; harus salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="86"/>
        <source>field &apos;consignment.above&apos; must say what follows above the limit</source>
        <translation>isian &apos;consignment.above&apos; harus menyebutkan akibatnya di atas batas</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="87"/>
        <source>field &apos;consignment&apos; needs a &apos;value&apos; threshold with a currency</source>
        <translation>isian &apos;consignment&apos; memerlukan ambang &apos;value&apos; dengan mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="88"/>
        <source>field &apos;{field}&apos;: &apos;{word}&apos;: each part of a compound (A + B) is a word, a phrase or a group of plain words</source>
        <translation>isian &apos;{field}&apos;: &apos;{word}&apos;: setiap bagian gabungan (A + B) harus berupa kata, frasa, atau kelompok kata biasa</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="90"/>
        <source>field &apos;{field}&apos;: no keyword group &apos;{group}&apos;</source>
        <translation>isian &apos;{field}&apos;: tidak ada grup kata kunci &apos;{group}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="91"/>
        <source>a rule has no &apos;id&apos;</source>
        <translation>ada aturan tanpa &apos;id&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="92"/>
        <source>field &apos;{field}&apos; is not a rule field</source>
        <translation>isian &apos;{field}&apos; bukan isian aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="93"/>
        <source>field &apos;{field}&apos; is missing</source>
        <translation>isian &apos;{field}&apos; tidak ada</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="94"/>
        <source>field &apos;severity&apos; must be one of {known}</source>
        <translation>isian &apos;severity&apos; harus salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="95"/>
        <source>field &apos;hs_prefixes&apos;: &apos;{prefix}&apos; is not a chapter, heading or subheading</source>
        <translation>isian &apos;hs_prefixes&apos;: &apos;{prefix}&apos; bukan bab, pos, atau subpos</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="96"/>
        <source>field &apos;match&apos; must be &apos;any&apos; or &apos;all&apos;</source>
        <translation>isian &apos;match&apos; harus &apos;any&apos; atau &apos;all&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="97"/>
        <source>field &apos;confidence_by_market&apos; must be a table of market = number</source>
        <translation>isian &apos;confidence_by_market&apos; harus berupa tabel pasar = angka</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="98"/>
        <source>field &apos;{field}&apos;: &apos;{value}&apos; is not one of {known}</source>
        <translation>isian &apos;{field}&apos;: &apos;{value}&apos; bukan salah satu dari {known}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="99"/>
        <source>field &apos;unless&apos; names the rule itself</source>
        <translation>isian &apos;unless&apos; menyebut aturan itu sendiri</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="100"/>
        <source>needs a trigger: &apos;keywords&apos;, &apos;hs_prefixes&apos;, &apos;thresholds&apos;, &apos;confidence_below&apos; or &apos;missing&apos;</source>
        <translation>memerlukan pemicu: &apos;keywords&apos;, &apos;hs_prefixes&apos;, &apos;thresholds&apos;, &apos;confidence_below&apos; atau &apos;missing&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="102"/>
        <source>field &apos;{field}&apos; must be text</source>
        <translation>isian &apos;{field}&apos; harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="103"/>
        <source>field &apos;{field}&apos; must be true or false</source>
        <translation>isian &apos;{field}&apos; harus true atau false</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="104"/>
        <source>an override must be a table</source>
        <translation>penyesuaian (override) harus berupa tabel</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="105"/>
        <source>field &apos;{field}&apos; cannot be overridden (enabled, severity, confidence_below, or a threshold attribute of this rule)</source>
        <translation>isian &apos;{field}&apos; tidak dapat disesuaikan (hanya enabled, severity, confidence_below, atau atribut ambang aturan ini)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="107"/>
        <source>(keyword group {name})</source>
        <translation>(grup kata kunci {name})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="108"/>
        <source>(exchange rate {currency})</source>
        <translation>(kurs {currency})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="109"/>
        <source>confidence: field &apos;review_below&apos; must be a number from 0 to 1</source>
        <translation>confidence: isian &apos;review_below&apos; harus berupa angka dari 0 sampai 1</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="110"/>
        <source>&apos;rule&apos; must be an array of tables, each under its own [[rule]] header</source>
        <translation>&apos;rule&apos; harus berupa larik tabel, masing-masing di bawah judul [[rule]]-nya sendiri</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="111"/>
        <source>&apos;override&apos; must hold tables such as [override.KNIFE]</source>
        <translation>&apos;override&apos; harus berisi tabel seperti [override.KNIFE]</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="112"/>
        <source>{file}: override for unknown rule {rule} ignored</source>
        <translation>{file}: penyesuaian untuk aturan {rule} yang tidak dikenal diabaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="113"/>
        <source>field &apos;unless&apos;: there is no rule {other}</source>
        <translation>isian &apos;unless&apos;: tidak ada aturan {other}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="115"/>
        <source>&apos;{name}&apos; is not part of a translation (only [rule.RULE-ID] tables)</source>
        <translation>&apos;{name}&apos; bukan bagian dari terjemahan (hanya tabel [rule.RULE-ID])</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="116"/>
        <source>&apos;rule&apos; must hold tables such as [rule.KNIFE] with a title and a reason</source>
        <translation>&apos;rule&apos; harus berisi tabel seperti [rule.KNIFE] dengan title dan reason</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="117"/>
        <source>there is no such rule in {file}</source>
        <translation>aturan ini tidak ada di {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="118"/>
        <source>field &apos;{field}&apos; must be text (the fingerprint of the English title and reason)</source>
        <translation>isian &apos;{field}&apos; harus berupa teks (sidik jari judul dan alasan bahasa Inggris)</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="119"/>
        <source>field &apos;{field}&apos; is not translated (only {fields} and {last})</source>
        <translation>isian &apos;{field}&apos; tidak diterjemahkan (hanya {fields} dan {last})</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="120"/>
        <source>field &apos;{field}&apos; names the placeholders {placeholders}, but {file} names {english}: a translation names the same ones</source>
        <translation>isian &apos;{field}&apos; menyebut placeholder {placeholders}, tetapi {file} menyebut {english}: terjemahan harus menyebut placeholder yang sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="122"/>
        <source>field &apos;consignment&apos; is translated, but the rule has no consignment table</source>
        <translation>isian &apos;consignment&apos; diterjemahkan, tetapi aturan ini tidak memiliki tabel consignment</translation>
    </message>
    <message>
        <location filename="../../app/gui/store_messages.py" line="123"/>
        <source>field &apos;consignment&apos; must be a table with the text &apos;above&apos; alone</source>
        <translation>isian &apos;consignment&apos; harus berupa tabel yang hanya berisi teks &apos;above&apos;</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="43"/>
        <source>Items that waited for review</source>
        <translation>Barang yang menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="61"/>
        <source>Most frequent flag reasons</source>
        <translation>Alasan tanda yang paling sering</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="72"/>
        <source>{total} items ({parts})</source>
        <translation>{total} barang ({parts})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="77"/>
        <source>{n} items: {rule} — {reason}</source>
        <translation>{n} barang: {rule} — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="77"/>
        <source>1 item: {rule} — {reason}</source>
        <translation>1 barang: {rule} — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="85"/>
        <source>{name}, imported {when}: {waited} of its {items} items waited for review once classified ({share})</source>
        <translation>{name}, diimpor {when}: {waited} dari {items} barangnya menunggu tinjauan setelah diklasifikasi ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="89"/>
        <source>{name}, imported {when}, before Borderline kept this figure: counted from the {items} items it holds now, {waited} of which wait for review ({share})</source>
        <translation>{name}, diimpor {when}, sebelum Borderline menyimpan angka ini: dihitung dari {items} barang yang dimuatnya sekarang, {waited} di antaranya menunggu tinjauan ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="93"/>
        <source>; {n} more not classified yet</source>
        <translation>; {n} lagi belum diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="98"/>
        <source>after the retrain that made it</source>
        <translation>setelah pelatihan ulang yang membuatnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="99"/>
        <source>after it was activated</source>
        <translation>setelah diaktifkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="100"/>
        <source>after items left with an older version&apos;s suggestions were reclassified</source>
        <translation>setelah barang dengan saran versi lama diklasifikasi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="102"/>
        <source>Version {v}, {after} ({when}): {waited} of the {items} undecided items waited for review ({share})</source>
        <translation>Versi {v}, {after} ({when}): {waited} dari {items} barang yang belum diputuskan menunggu tinjauan ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="113"/>
        <source>imported, or classified again</source>
        <translation>diimpor, atau diklasifikasi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="120"/>
        <source>waited for review</source>
        <translation>menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="126"/>
        <source>each import: its items, once classified</source>
        <translation>setiap impor: barangnya, setelah diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="128"/>
        <source>after a retrain or activation: the undecided items</source>
        <translation>setelah pelatihan ulang atau pengaktifan: barang yang belum diputuskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="134"/>
        <source>older imports, counted as their items are now</source>
        <translation>impor lama, dihitung menurut keadaan barangnya sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="160"/>
        <source>Each import: of the items it brought, the share that waited for review once classified; items it brought again count as they stood (decided, accepted or waiting).</source>
        <translation>Setiap impor: dari barang yang dibawanya, porsi yang menunggu tinjauan setelah diklasifikasi; barang yang dibawanya lagi dihitung menurut keadaannya (diputuskan, diterima, atau menunggu).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="164"/>
        <source>Last import, {name} ({when}): {waited} of {items} ({share}).</source>
        <translation>Impor terakhir, {name} ({when}): {waited} dari {items} ({share}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="167"/>
        <source>After a retrain or activation: of the undecided items, the share the active version sent to review.</source>
        <translation>Setelah pelatihan ulang atau pengaktifan: dari barang yang belum diputuskan, porsi yang dikirim versi aktif ke tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="171"/>
        <source>Last, version {v} ({when}): {waited} of {items} ({share}).</source>
        <translation>Terakhir, versi {v} ({when}): {waited} dari {items} ({share}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="175"/>
        <source>None yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="177"/>
        <source>Imports from before Borderline kept these figures (squares) are counted from the items they hold now; retrains from before then have no point.</source>
        <translation>Impor dari sebelum Borderline menyimpan angka ini (kotak) dihitung dari barang yang dimuatnya sekarang; pelatihan ulang dari masa itu tidak punya titik.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="179"/>
        <source>Hover over a point to see its figures.</source>
        <translation>Arahkan kursor ke sebuah titik untuk melihat angkanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="196"/>
        <source>Confidence of the top suggestion, last import ({name})</source>
        <translation>Keyakinan saran teratas, impor terakhir ({name})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="197"/>
        <source>items</source>
        <translation>barang</translation>
    </message>
</context>
<context>
    <name>DecisionsReport</name>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="37"/>
        <source>not an HS 2022 subheading</source>
        <translation>bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="38"/>
        <source>five digits: a spreadsheet dropped the leading 0</source>
        <translation>lima digit: lembar kerja membuang angka 0 di depan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="39"/>
        <source>a national tariff line, not the six-digit subheading</source>
        <translation>pos tarif nasional, bukan subpos enam digit</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="40"/>
        <source>a trade-statistics code, not an HS 2022 subheading</source>
        <translation>kode statistik perdagangan, bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="41"/>
        <source>no item with this SKU</source>
        <translation>tidak ada barang dengan SKU ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="42"/>
        <source>the item is not classified yet</source>
        <translation>barang belum diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="43"/>
        <source>no reviewer name</source>
        <translation>tanpa nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="44"/>
        <source>a blocking flag needs a note</source>
        <translation>tanda pemblokir memerlukan catatan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="45"/>
        <source>the rows of one SKU give different codes</source>
        <translation>baris-baris satu SKU memberi kode berbeda</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="46"/>
        <source>the rows of one SKU give different reviewers</source>
        <translation>baris-baris satu SKU memberi peninjau berbeda</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="47"/>
        <source>the decision was refused</source>
        <translation>keputusan ditolak</translation>
    </message>
</context>
<context>
    <name>DecisionsReportDialog</name>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="53"/>
        <source>1 decision applied</source>
        <translation>1 keputusan diterapkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="54"/>
        <source>{n} decisions applied</source>
        <translation>{n} keputusan diterapkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="55"/>
        <source>1 row rejected</source>
        <translation>1 baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="56"/>
        <source>{r} rows rejected</source>
        <translation>{r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="57"/>
        <source>{applied}, {rejected}</source>
        <translation>{applied}, {rejected}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="73"/>
        <source>Decisions imported from {name}</source>
        <translation>Keputusan yang diimpor dari {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="81"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="81"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="81"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="81"/>
        <source>Code given</source>
        <translation>Kode yang diberikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="82"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="96"/>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="97"/>
        <source>Every rejected row with its reason, as CSV or Excel: correct the codes there and import the file again.</source>
        <translation>Setiap baris yang ditolak beserta alasannya, sebagai CSV atau Excel: perbaiki kodenya di sana lalu impor file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="124"/>
        <source>{name}: {counts}.</source>
        <translation>{name}: {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="126"/>
        <source>{u} items were already decided so.</source>
        <translation>{u} barang sudah diputuskan demikian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="129"/>
        <source>Rejected rows by reason:</source>
        <translation>Baris yang ditolak menurut alasan:</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="131"/>
        <source>• {count} × {kind}</source>
        <translation>• {count} × {kind}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="133"/>
        <source>    {name}, row {n}, column {col}: {why}</source>
        <translation>    {name}, baris {n}, kolom {col}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="137"/>
        <source>• {count} rows for {k} other reasons</source>
        <translation>• {count} baris karena {k} alasan lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="140"/>
        <source>The first {n} rejected rows are listed below; save them to have all of them.</source>
        <translation>{n} baris pertama yang ditolak tercantum di bawah; simpan untuk mendapatkan semuanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="146"/>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="155"/>
        <source>Wrote 1 rejected row to {path}</source>
        <translation>1 baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="156"/>
        <source>Wrote {n} rejected rows to {path}</source>
        <translation>{n} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="159"/>
        <source>Saving the rejected rows</source>
        <translation>Menyimpan baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="161"/>
        <source>Rejected rows not saved</source>
        <translation>Baris yang ditolak tidak disimpan</translation>
    </message>
</context>
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
    <name>ExportJobs</name>
    <message>
        <location filename="../../app/gui/export_jobs.py" line="19"/>
        <source>Export cancelled; nothing was written to {path}.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export_jobs.py" line="26"/>
        <source>Import of decisions from {name} cancelled; no decision was recorded.</source>
        <translation>Impor keputusan dari {name} dibatalkan; tidak ada keputusan yang dicatat.</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <location filename="../../app/gui/first_day.py" line="51"/>
        <source>Your profile was not saved</source>
        <translation>Profil Anda tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="58"/>
        <source>Your profile is saved. Change it any time in Settings.</source>
        <translation>Profil Anda tersimpan. Ubah kapan saja di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="82"/>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="92"/>
        <source>Settings saved; the language and data folder change at the next start.</source>
        <translation>Pengaturan tersimpan; bahasa dan folder data berubah saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="93"/>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="124"/>
        <source>Settings applied: {n} items changed; {q} now wait for review, {r} decided items are back in the queue, {f} no longer wait.</source>
        <translation>Pengaturan diterapkan: {n} barang berubah; {q} kini menunggu tinjauan, {r} barang yang sudah diputuskan kembali ke antrean, {f} tidak lagi menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="109"/>
        <source>Applying the new settings</source>
        <translation>Menerapkan pengaturan baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="110"/>
        <source>Settings not applied</source>
        <translation>Pengaturan tidak diterapkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="112"/>
        <source>Settings applied to part of the items; the rest follow at the next start.</source>
        <translation>Pengaturan diterapkan pada sebagian barang; sisanya menyusul saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="119"/>
        <source>Settings applied: no item changed.</source>
        <translation>Pengaturan diterapkan: tidak ada barang yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="121"/>
        <source>Settings applied: 1 item changed; {q} now waits for review, {r} decided item is back in the queue, {f} no longer waits.</source>
        <translation>Pengaturan diterapkan: 1 barang berubah; {q} kini menunggu tinjauan, {r} barang yang sudah diputuskan kembali ke antrean, {f} tidak lagi menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="133"/>
        <source>The import of {name}, started {when}, did not finish: Borderline was closed before it ended, and nothing of it was kept. Import the file again.</source>
        <translation>Impor {name}, dimulai {when}, tidak selesai: Borderline ditutup sebelum impor berakhir, dan tidak ada bagiannya yang disimpan. Impor file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="136"/>
        <source>{what} ({name}), started {when}, did not finish: Borderline was closed before it ended.</source>
        <translation>{what} ({name}), dimulai {when}, tidak selesai: Borderline ditutup sebelum pekerjaan itu berakhir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="145"/>
        <source>About Borderline</source>
        <translation>Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="146"/>
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
        <location filename="../../app/gui/first_run.py" line="102"/>
        <source>Welcome to Borderline</source>
        <translation>Selamat datang di Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="115"/>
        <source>Your company</source>
        <translation>Perusahaan Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="116"/>
        <source>This goes on every commercial invoice and packing list as the shipper. You can change it later in Settings.</source>
        <translation>Data ini tercantum sebagai pengirim di setiap faktur komersial dan daftar kemasan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="124"/>
        <source>e.g. VAT, GST or NPWP number</source>
        <translation>mis. nomor NPWP, VAT atau GST</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="126"/>
        <source>e.g. +66 2 123 4567</source>
        <translation>mis. +66 2 123 4567</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="128"/>
        <source>e.g. sales@yourshop.co.th</source>
        <translation>mis. penjualan@tokoanda.co.id</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="138"/>
        <source>Only if registered under Singapore&apos;s OVR</source>
        <translation>Hanya jika terdaftar dalam OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="140"/>
        <source>Only if registered for Malaysia&apos;s LVG tax</source>
        <translation>Hanya jika terdaftar untuk pajak LVG Malaysia</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="153"/>
        <source>PNG or JPEG, optional</source>
        <translation>PNG atau JPEG, opsional</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="155"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="163"/>
        <source>Company name *</source>
        <translation>Nama perusahaan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="164"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="165"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="166"/>
        <source>Tax ID</source>
        <translation>Nomor pajak</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="167"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="169"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="171"/>
        <source>Singapore OVR GST no.</source>
        <translation>No. GST OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="172"/>
        <source>Malaysia LVG no. (LRN)</source>
        <translation>No. LVG Malaysia (LRN)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="173"/>
        <source>Goods usually made in</source>
        <translation>Barang biasanya dibuat di</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="174"/>
        <source>Invoice currency</source>
        <translation>Mata uang faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="175"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="290"/>
        <source>Saving your profile</source>
        <translation>Menyimpan profil Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="130"/>
        <source>This does not look like an email address: write it as name@example.com, or leave the field empty.</source>
        <translation>Ini tidak tampak seperti alamat email: tulis sebagai nama@contoh.com, atau kosongkan kolom ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="132"/>
        <source>A phone number has 6 to 15 digits, may start with + and the country code, and may hold spaces, dashes and brackets, e.g. +66 2 123 4567.</source>
        <translation>Nomor telepon terdiri dari 6 sampai 15 angka, boleh diawali + dan kode negara, serta boleh memuat spasi, tanda hubung dan tanda kurung, mis. +66 2 123 4567.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="210"/>
        <source>Where you ship to</source>
        <translation>Tujuan pengiriman Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="211"/>
        <source>Borderline checks each item against the rules of these markets: prohibited goods, batteries, blades, permits.</source>
        <translation>Borderline memeriksa setiap barang terhadap aturan pasar-pasar ini: barang terlarang, baterai, benda tajam, izin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="226"/>
        <source>Who reviews</source>
        <translation>Siapa yang meninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="227"/>
        <source>Every decision records the reviewer&apos;s name in the audit trail.</source>
        <translation>Setiap keputusan mencatat nama peninjau di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="229"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="231"/>
        <source>A name is required: every decision, print and audit entry records who made it, so an auditor can tell who decided what.</source>
        <translation>Nama wajib diisi: setiap keputusan, cetakan dan entri audit mencatat siapa yang membuatnya, agar auditor tahu siapa memutuskan apa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="237"/>
        <source>Load the demo catalogue and show me a guided first review</source>
        <translation>Muat katalog demo dan pandu saya dalam tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="241"/>
        <source>Reviewer *</source>
        <translation>Peninjau *</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="245"/>
        <source>You can skip the tour at any time, and take it again from the Help menu.</source>
        <translation>Anda dapat melewati panduan kapan saja, dan mengulanginya dari menu Bantuan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="252"/>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="252"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="321"/>
        <source>Why it needs a look</source>
        <translation>Mengapa perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="337"/>
        <source>all markets</source>
        <translation>semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="341"/>
        <source>{severity} · {rule} · {markets}</source>
        <translation>{severity} · {rule} · {markets}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="345"/>
        <source>Triggered by: {t}</source>
        <translation>Dipicu oleh: {t}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="348"/>
        <source>Source: {s}</source>
        <translation>Sumber: {s}</translation>
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
        <source>The Review tab lists the flagged items on the left, blocking ones first. On the right: the item on top; under it the model&apos;s suggestions with their confidence, and beside them why it needs a look.</source>
        <translation>Tab Tinjauan mencantumkan item yang ditandai di sebelah kiri, yang memblokir lebih dulu. Di sebelah kanan: item di atas; di bawahnya saran model dengan tingkat keyakinannya, dan di sampingnya alasan item perlu diperiksa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="29"/>
        <source>Type your name under Reviewer. Then each key decides at once: Enter accepts the top suggestion and 1 to 5 pick another one. For any other code press O and type the code or words in the picker.</source>
        <translation>Ketik nama Anda di bawah Peninjau. Setiap tombol langsung memutuskan: Enter menerima saran teratas dan 1 sampai 5 memilih saran lain. Untuk kode lain tekan O lalu ketik kode atau kata di pemilih.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="32"/>
        <source>Made a mistake? Ctrl+Z undoes the last decision. Every decision goes into the audit trail with your name and the time.</source>
        <translation>Salah pilih? Ctrl+Z membatalkan keputusan terakhir. Setiap keputusan masuk ke jejak audit dengan nama Anda dan waktunya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="34"/>
        <source>When the items are settled, select them here and press Ctrl+P for the commercial invoice and packing list. Model &gt; Retrain learns from your decisions.</source>
        <translation>Setelah barang selesai ditinjau, pilih barangnya di sini dan tekan Ctrl+P untuk faktur komersial dan daftar kemasan. Model &gt; Latih ulang belajar dari keputusan Anda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="42"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="43"/>
        <location filename="../../app/gui/guide.py" line="72"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="44"/>
        <source>Skip the tour</source>
        <translation>Lewati panduan</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="68"/>
        <source>Step {n} of {total}</source>
        <translation>Langkah {n} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/guide.py" line="72"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>HsPicker</name>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="37"/>
        <source>Choose an HS code</source>
        <translation>Pilih kode HS</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="40"/>
        <source>Type a code (e.g. 8507) or words from the description</source>
        <translation>Ketik kode (mis. 8507) atau kata dari deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="43"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="43"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="133"/>
        <source>{code}  {desc}  (the model&apos;s reading of these words: {p})</source>
        <translation>{code}  {desc}  (bacaan model atas kata-kata ini: {p})</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="150"/>
        <source>No subheading matches these words in English.</source>
        <translation>Tidak ada subpos yang cocok dengan kata-kata ini dalam bahasa Inggris.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="151"/>
        <source>1 subheading matches these words in English.</source>
        <translation>1 subpos cocok dengan kata-kata ini dalam bahasa Inggris.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="152"/>
        <source>{n} subheadings match these words in English.</source>
        <translation>{n} subpos cocok dengan kata-kata ini dalam bahasa Inggris.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="153"/>
        <source>The first line is the model&apos;s reading of the words.</source>
        <translation>Baris pertama adalah bacaan model atas kata-kata itu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="154"/>
        <source>The first {m} lines are the model&apos;s reading of the words.</source>
        <translation>{m} baris pertama adalah bacaan model atas kata-kata itu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="157"/>
        <source>Nothing is highlighted: pick a line (Down, then Enter) to use it.</source>
        <translation>Tidak ada yang disorot: pilih satu baris (panah bawah, lalu Enter) untuk memakainya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="165"/>
        <source>{code}: {desc}</source>
        <translation>{code}: {desc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="166"/>
        <source>{code} is not an HS 2022 subheading</source>
        <translation>{code} bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="168"/>
        <source>An HS code has six digits; {n} were typed</source>
        <translation>Kode HS terdiri dari enam digit; yang diketik {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="169"/>
        <source>{n} of 6 digits; pick a subheading below</source>
        <translation>{n} dari 6 digit; pilih subpos di bawah</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="173"/>
        <source>No subheading matches (the descriptions are in English: &apos;coffee&apos;, not &apos;kopi&apos; or &apos;cà phê&apos;)</source>
        <translation>Tidak ada subpos yang cocok (uraiannya dalam bahasa Inggris: &apos;coffee&apos;, bukan &apos;kopi&apos; atau &apos;cà phê&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="176"/>
        <source>1 subheading matches (the descriptions are in English: &apos;coffee&apos;, not &apos;kopi&apos; or &apos;cà phê&apos;)</source>
        <translation>1 subpos cocok (uraiannya dalam bahasa Inggris: &apos;coffee&apos;, bukan &apos;kopi&apos; atau &apos;cà phê&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="178"/>
        <source>{n} subheadings match (the descriptions are in English: &apos;coffee&apos;, not &apos;kopi&apos; or &apos;cà phê&apos;)</source>
        <translation>{n} subpos cocok (uraiannya dalam bahasa Inggris: &apos;coffee&apos;, bukan &apos;kopi&apos; atau &apos;cà phê&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="181"/>
        <source>No subheading matches</source>
        <translation>Tidak ada subpos yang cocok</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="182"/>
        <source>{n} subheadings match</source>
        <translation>{n} subpos cocok</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="182"/>
        <source>1 subheading matches</source>
        <translation>1 subpos cocok</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="214"/>
        <source>Type a code or pick one from the list</source>
        <translation>Ketik kode atau pilih dari daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="218"/>
        <source>{code} is not a six-digit HS 2022 subheading</source>
        <translation>{code} bukan subpos HS 2022 enam digit</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="219"/>
        <source>Choose a six-digit subheading, not {code}</source>
        <translation>Pilih subpos enam digit, bukan {code}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/gui/import_flow.py" line="33"/>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="38"/>
        <location filename="../../app/gui/import_flow.py" line="55"/>
        <source>Reading {name}</source>
        <translation>Membaca {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="61"/>
        <source>Importing {name}</source>
        <translation>Mengimpor {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="66"/>
        <source>Import of {name} cancelled; nothing was changed.</source>
        <translation>Impor {name} dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="72"/>
        <source>{name}: {a} new, {u} changed, {same} unchanged, {r} row rejected</source>
        <translation>{name}: {a} baru, {u} berubah, {same} tidak berubah, {r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="73"/>
        <source>{name}: {a} new, {u} changed, {same} unchanged, {r} rows rejected</source>
        <translation>{name}: {a} baru, {u} berubah, {same} tidak berubah, {r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="77"/>
        <source>({n} HS codes read, to compare with the suggestions)</source>
        <translation>({n} kode HS dibaca, untuk dibandingkan dengan saran)</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="87"/>
        <source>Export the import report</source>
        <translation>Ekspor laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="93"/>
        <source>Exporting the import report</source>
        <translation>Mengekspor laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="95"/>
        <source>Wrote 1 rejected row to {path}</source>
        <translation>1 baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="96"/>
        <source>Wrote {n} rejected rows to {path}</source>
        <translation>{n} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="98"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/gui/import_report.py" line="31"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="33"/>
        <source>{name}: {read} rows read ({source}, header on row {header}).</source>
        <translation>{name}: {read} baris dibaca ({source}, judul kolom di baris {header}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="36"/>
        <source>Imported {n}: {a} new, {u} changed ({c} to classify again), {same} unchanged.</source>
        <translation>Diimpor {n}: {a} baru, {u} berubah ({c} perlu diklasifikasikan ulang), {same} tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="39"/>
        <source>Rejected {r}; blank rows skipped {b}.</source>
        <translation>Ditolak {r}; baris kosong dilewati {b}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="42"/>
        <source>{n} HS codes read from the column &apos;{column}&apos;: each is compared with the model&apos;s suggestion, and an item whose code differs waits for review.</source>
        <translation>{n} kode HS dibaca dari kolom &apos;{column}&apos;: masing-masing dibandingkan dengan saran model, dan barang yang kodenya berbeda menunggu tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="53"/>
        <source>Warning: {warning}</source>
        <translation>Peringatan: {warning}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="46"/>
        <source>The first {n} rejected rows are shown; export the report for all of them.</source>
        <translation>Hanya {n} baris pertama yang ditolak yang ditampilkan; ekspor laporan untuk melihat semuanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="61"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="61"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="61"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="61"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="80"/>
        <source>Export as CSV…</source>
        <translation>Ekspor sebagai CSV…</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="97"/>
        <source>Item as imported</source>
        <translation>Barang sebagaimana diimpor</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="109"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="110"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="111"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="113"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="130"/>
        <source>… {n} more characters</source>
        <translation>… {n} karakter lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="134"/>
        <source>Nothing waits for review.</source>
        <translation>Tidak ada yang menunggu tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="150"/>
        <source>Variation: {v}</source>
        <translation>Variasi: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="151"/>
        <source>Material: {v}</source>
        <translation>Bahan: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="152"/>
        <source>Origin: {v}</source>
        <translation>Asal: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="153"/>
        <source>Value: {v} {c}</source>
        <translation>Nilai: {v} {c}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="154"/>
        <source>Net weight: {v} kg</source>
        <translation>Berat bersih: {v} kg</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../app/gui/items_page.py" line="26"/>
        <source>Search SKU or title</source>
        <translation>Cari SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="53"/>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="62"/>
        <source>The catalogue is empty. Import a CSV or Excel file, or try Borderline with the demo catalogue.</source>
        <translation>Katalog masih kosong. Impor berkas CSV atau Excel, atau coba Borderline dengan katalog demo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="65"/>
        <source>Load the demo catalogue</source>
        <translation>Muat katalog demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="66"/>
        <source>Import a file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <location filename="../../app/gui/items_page.py" line="119"/>
        <source>{total} items: {flagged} to review, {auto} auto-accepted, {decided} decided, {pending} pending</source>
        <translation>{total} barang: {flagged} perlu ditinjau, {auto} diterima otomatis, {decided} sudah diputuskan, {pending} menunggu</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../../app/gui/job_bar.py" line="31"/>
        <location filename="../../app/gui/job_bar.py" line="70"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="67"/>
        <source>Finishing — can no longer be cancelled</source>
        <translation>Menyelesaikan — tidak dapat dibatalkan lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="86"/>
        <location filename="../../app/gui/job_bar.py" line="96"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="88"/>
        <source>Too late to cancel: {title} is finishing</source>
        <translation>Terlambat untuk membatalkan: {title} sedang diselesaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="104"/>
        <source>{title}: Cancel came too late; the job had passed the point where it can stop, and finished.</source>
        <translation>{title}: Pembatalan terlambat; pekerjaan sudah melewati titik di mana ia dapat berhenti, dan telah selesai.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/gui/labels.py" line="25"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="25"/>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="26"/>
        <source>auto-accepted</source>
        <translation>diterima otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="26"/>
        <source>decided</source>
        <translation>sudah diputuskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="28"/>
        <source>below 50%</source>
        <translation>di bawah 50%</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="28"/>
        <source>50% to 80%</source>
        <translation>50% hingga 80%</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="29"/>
        <source>80% and above</source>
        <translation>80% ke atas</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>block</source>
        <translation>blokir</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>review</source>
        <translation>tinjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34"/>
        <source>Origin country</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="36"/>
        <source>Net weight</source>
        <translation>Berat bersih</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="36"/>
        <source>Weight unit</source>
        <translation>Satuan berat</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="37"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="37"/>
        <source>Quantity unit</source>
        <translation>Satuan jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="38"/>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="38"/>
        <source>Variation</source>
        <translation>Variasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="38"/>
        <source>HS code</source>
        <translation>Kode HS</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="40"/>
        <source>sale</source>
        <translation>penjualan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="40"/>
        <source>gift</source>
        <translation>hadiah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="40"/>
        <source>sample</source>
        <translation>sampel</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="41"/>
        <source>return</source>
        <translation>pengembalian</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="41"/>
        <source>repair</source>
        <translation>perbaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="42"/>
        <source>permanent</source>
        <translation>permanen</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="42"/>
        <source>temporary</source>
        <translation>sementara</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="43"/>
        <source>letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="43"/>
        <source>carton</source>
        <translation>karton</translation>
    </message>
</context>
<context>
    <name>LazyRowsModel</name>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="65"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="66"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="68"/>
        <source>HS code</source>
        <translation>Kode HS</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="69"/>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="70"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="71"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="72"/>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../../app/gui/lazy_model.py" line="73"/>
        <source>Markets</source>
        <translation>Pasar</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="152"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="152"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="153"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="154"/>
        <source>Unit value (optional)</source>
        <translation>Nilai satuan (opsional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="154"/>
        <source>Package no.</source>
        <translation>No. kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="160"/>
        <source>Search the catalogue by SKU or title</source>
        <translation>Cari di katalog berdasarkan SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="181"/>
        <source>Add to shipment</source>
        <translation>Tambahkan ke pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="193"/>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="290"/>
        <source>Line {line}, SKU {sku}: a quantity of 0 ships nothing. To take the item off the shipment, select its line and press Remove line; to ship it, type how many.</source>
        <translation>Baris {line}, SKU {sku}: jumlah 0 tidak mengirim apa pun. Untuk mengeluarkan barang dari pengiriman, pilih barisnya lalu tekan Hapus baris; untuk mengirimnya, ketik jumlahnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="292"/>
        <source>{n} lines have a quantity of 0, which ships nothing (the first: line {line}, SKU {sku}). To take an item off the shipment, select its line and press Remove line; to ship it, type how many.</source>
        <translation>{n} baris berjumlah 0, yang tidak mengirim apa pun (yang pertama: baris {line}, SKU {sku}). Untuk mengeluarkan barang dari pengiriman, pilih barisnya lalu tekan Hapus baris; untuk mengirimnya, ketik jumlahnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="183"/>
        <source>-</source>
        <translation>-</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="32"/>
        <source>… and {n} more, listed under Show all</source>
        <translation>… dan {n} lainnya, lihat Tampilkan semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="53"/>
        <location filename="../../app/gui/list_dialog.py" line="120"/>
        <source>Show all {n}</source>
        <translation>Tampilkan semua {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="57"/>
        <source>Copy the list</source>
        <translation>Salin daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="59"/>
        <source>Save the list…</source>
        <translation>Simpan daftar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="119"/>
        <source>Hide the list</source>
        <translation>Sembunyikan daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="126"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="129"/>
        <source>Save the list</source>
        <translation>Simpan daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="129"/>
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/list_dialog.py" line="138"/>
        <source>The list could not be written to {path}: {error}</source>
        <translation>Daftar tidak dapat ditulis ke {path}: {error}</translation>
    </message>
</context>
<context>
    <name>LiveCounts</name>
    <message>
        <location filename="../../app/gui/live_counts.py" line="38"/>
        <location filename="../../app/gui/live_counts.py" line="63"/>
        <source>Counting items</source>
        <translation>Menghitung barang</translation>
    </message>
</context>
<context>
    <name>LowValueBox</name>
    <message>
        <location filename="../../app/gui/party_box.py" line="168"/>
        <source>Low-value goods</source>
        <translation>Barang bernilai rendah</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="169"/>
        <source>Each number and mark is printed only on invoices to its country.</source>
        <translation>Setiap nomor dan tanda hanya dicetak pada invoice ke negaranya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="173"/>
        <source>If registered</source>
        <translation>Jika terdaftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="174"/>
        <source>Singapore: GST paid under OVR</source>
        <translation>Singapura: GST dibayar melalui OVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="175"/>
        <source>You collected GST on these goods at sale: each invoice line is marked &apos;GST paid: Y&apos; (else N). Needs your OVR GST number.</source>
        <translation>Anda memungut GST atas barang ini saat penjualan: setiap baris invoice ditandai &apos;GST paid: Y&apos; (jika tidak, N). Memerlukan nomor GST OVR Anda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="177"/>
        <source>Thailand: print the &apos;LVG&apos; code</source>
        <translation>Thailand: cetak kode &apos;LVG&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="178"/>
        <source>Claims Thailand&apos;s duty relief for goods up to THB 1,500 CIF. It was an interim measure: check that it still applies.</source>
        <translation>Mengklaim keringanan bea Thailand untuk barang hingga THB 1.500 CIF. Ini langkah sementara: periksa apakah masih berlaku.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="182"/>
        <source>Singapore OVR GST no.</source>
        <translation>No. GST OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="184"/>
        <source>Malaysia LVG no. (LRN)</source>
        <translation>No. LVG Malaysia (LRN)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="77"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="78"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="80"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87"/>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100"/>
        <source>Reading the catalogue</source>
        <translation>Membaca katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Impor katalog…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>Import &amp;decisions…</source>
        <translation>Impor ke&amp;putusan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144"/>
        <source>Export review &amp;log…</source>
        <translation>Ekspor &amp;log tinjauan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <source>Export the &amp;audit trail…</source>
        <translation>Ekspor &amp;jejak audit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="151"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="152"/>
        <source>&amp;Classify pending items</source>
        <translation>&amp;Klasifikasikan barang yang menunggu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="153"/>
        <source>&amp;Retrain from decisions</source>
        <translation>&amp;Latih ulang dari keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="154"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="155"/>
        <source>Commercial &amp;invoice and packing list…</source>
        <translation>&amp;Faktur komersial dan daftar kemasan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157"/>
        <source>&amp;Saved shipments…</source>
        <translation>&amp;Pengiriman tersimpan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="159"/>
        <source>&amp;Undo last decision</source>
        <translation>&amp;Batalkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="160"/>
        <source>&amp;Find items</source>
        <translation>&amp;Cari barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="163"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="167"/>
        <source>&amp;Guided first review</source>
        <translation>&amp;Panduan tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="168"/>
        <source>&amp;First-start assistant…</source>
        <translation>&amp;Asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="169"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="170"/>
        <source>&amp;About Borderline</source>
        <translation>&amp;Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="205"/>
        <source>Review ({n})</source>
        <translation>Tinjauan ({n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="235"/>
        <source>This was not expected. The details are in the log file; press Copy details and send them to whoever supports your Borderline. Your saved work is safe.</source>
        <translation>Ini tidak terduga. Rinciannya ada di berkas log; tekan Salin rincian dan kirimkan kepada pihak yang mendukung Borderline Anda. Pekerjaan yang sudah tersimpan tetap aman.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248"/>
        <source>was missing</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248"/>
        <source>failed its integrity check</source>
        <translation>gagal dalam pemeriksaan keutuhan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="249"/>
        <source>could not be loaded</source>
        <translation>tidak dapat dimuat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="250"/>
        <source>The shipped model {why}; a new one was trained from the starter data.</source>
        <translation>Model bawaan {why}; model baru telah dilatih dari data awal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>Preparing the model</source>
        <translation>Menyiapkan model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="257"/>
        <source>No model</source>
        <translation>Tidak ada model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="269"/>
        <source>Catalogues ({patterns})</source>
        <translation>Katalog ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="269"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="270"/>
        <source>Import catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Classified {n}: {a} auto-accepted, {f} to review</source>
        <translation>{n} diklasifikasikan: {a} diterima otomatis, {f} perlu ditinjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="308"/>
        <source>Classification paused; it continues with the items still pending next time.</source>
        <translation>Klasifikasi dijeda; lain kali dilanjutkan dengan barang yang masih menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="310"/>
        <source>Classifying</source>
        <translation>Mengklasifikasikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="311"/>
        <source>Classification failed</source>
        <translation>Klasifikasi gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>Export the review queue</source>
        <translation>Ekspor antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="330"/>
        <source>Exporting the review queue</source>
        <translation>Mengekspor antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="331"/>
        <source>Wrote {n} queue rows to {path}; fill in hs_code (and a note) and bring it back with File &gt; Import decisions</source>
        <translation>{n} baris antrean ditulis ke {path}; isi hs_code (dan catatan) lalu masukkan kembali lewat Berkas &gt; Impor keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="336"/>
        <source>Export review log</source>
        <translation>Ekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="345"/>
        <source>The review log does not match the audit trail</source>
        <translation>Log tinjauan tidak cocok dengan jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="346"/>
        <location filename="../../app/gui/main_window.py" line="366"/>
        <source>{path} was written, but the audit trail does not vouch for it: {problem}</source>
        <translation>{path} sudah ditulis, tetapi jejak audit tidak menjaminnya: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="348"/>
        <location filename="../../app/gui/main_window.py" line="368"/>
        <source>The database was changed outside Borderline, or restored from a changed copy. Do not hand this log to an auditor as it is.</source>
        <translation>Basis data diubah di luar Borderline, atau dipulihkan dari salinan yang diubah. Jangan serahkan log ini kepada auditor apa adanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="351"/>
        <source>Exporting the review log</source>
        <translation>Mengekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="343"/>
        <source>Wrote {n} decisions to {path}</source>
        <translation>{n} keputusan ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>Load the de&amp;mo catalogue</source>
        <translation>Muat katalog &amp;demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143"/>
        <source>Export the review q&amp;ueue…</source>
        <translation>Ekspor &amp;antrean tinjauan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="146"/>
        <source>Export i&amp;tems…</source>
        <translation>Ekspor &amp;barang…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="333"/>
        <location filename="../../app/gui/main_window.py" line="353"/>
        <location filename="../../app/gui/main_window.py" line="373"/>
        <location filename="../../app/gui/main_window.py" line="380"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="356"/>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="363"/>
        <source>Wrote {n} audit entries to {path}</source>
        <translation>{n} entri audit ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="365"/>
        <source>The audit trail is broken</source>
        <translation>Jejak audit rusak</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="371"/>
        <source>Exporting the audit trail</source>
        <translation>Mengekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="376"/>
        <source>Export items</source>
        <translation>Ekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="378"/>
        <source>Exporting items</source>
        <translation>Mengekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="379"/>
        <source>Wrote {n} items to {path}</source>
        <translation>{n} barang ditulis ke {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="33"/>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="43"/>
        <source>Detect</source>
        <translation>Deteksi</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="47"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="48"/>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="54"/>
        <source>Borderline field ← column of the file</source>
        <translation>Isian Borderline ← kolom berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="70"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="92"/>
        <source>remembered from an earlier file with these columns</source>
        <translation>diingat dari berkas sebelumnya dengan kolom yang sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="93"/>
        <source>matched by the column names</source>
        <translation>dicocokkan berdasarkan nama kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="94"/>
        <source>{name}: {source}; header on row {row}. Mapping {how}.</source>
        <translation>{name}: {source}; judul kolom di baris {row}. Pemetaan {how}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="108"/>
        <source>Detected: {enc}</source>
        <translation>Terdeteksi: {enc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="112"/>
        <source>(not in this file)</source>
        <translation>(tidak ada di berkas ini)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="127"/>
        <source>&apos;{column}&apos; (column {letter})</source>
        <translation>&apos;{column}&apos; (kolom {letter})</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="130"/>
        <source>{n} more</source>
        <translation>{n} lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="131"/>
        <source>Not matched to any field: {columns}. Choose a field for a column below if it holds one; a column left unmatched is kept with each item as an attribute.</source>
        <translation>Tidak cocok dengan isian mana pun: {columns}. Pilih isian untuk kolom di bawah jika kolom itu memuatnya; kolom yang dibiarkan tidak cocok disimpan pada setiap barang sebagai atribut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="135"/>
        <source>The workbook has {n} sheets: check that the sheet chosen is the catalogue.</source>
        <translation>Buku kerja ini memiliki {n} lembar: pastikan lembar yang dipilih adalah katalog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="170"/>
        <source>Choose the column for {f}.</source>
        <translation>Pilih kolom untuk {f}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="174"/>
        <source>&apos;{h}&apos; is chosen for both {a} and {b}.</source>
        <translation>&apos;{h}&apos; dipilih untuk {a} sekaligus {b}.</translation>
    </message>
</context>
<context>
    <name>MemoryPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="289"/>
        <source>Decision memory</source>
        <translation>Riwayat keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="306"/>
        <source>{code} given to {sku} by {who} on {when} ({why})</source>
        <translation>{code} diberikan ke {sku} oleh {who} pada {when} ({why})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="309"/>
        <source>{given}: {code} is not an HS 2022 subheading</source>
        <translation>{given}: {code} bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="312"/>
        <source>No earlier decision for this SKU, title or SKU family</source>
        <translation>Belum ada keputusan sebelumnya untuk SKU, judul, atau keluarga SKU ini</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/gui/versions_table.py" line="19"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="19"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="20"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="20"/>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="21"/>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="21"/>
        <source>Held-out top-1</source>
        <translation>Top-1 data uji</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="22"/>
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="22"/>
        <source>Auto-accepted</source>
        <translation>Diterima otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="23"/>
        <source>Auto error</source>
        <translation>Galat otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="23"/>
        <source>Measured on</source>
        <translation>Diukur pada</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="40"/>
        <source>On each version&apos;s held-out data, at the review threshold set now</source>
        <translation>Pada data uji tiap versi, dengan ambang tinjauan yang berlaku sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="42"/>
        <source>Retrain from decisions</source>
        <translation>Latih ulang dari keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="43"/>
        <source>Activate even if worse</source>
        <translation>Aktifkan meskipun lebih buruk</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="44"/>
        <source>Activate selected version</source>
        <translation>Aktifkan versi terpilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="48"/>
        <source>Apply threshold</source>
        <translation>Terapkan ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="88"/>
        <source>The result of the last retrain or activation appears here.</source>
        <translation>Hasil pelatihan ulang atau aktivasi terakhir muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="65"/>
        <source>Review items below confidence</source>
        <translation>Tinjau barang di bawah keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="59"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="100"/>
        <source>The rules cannot be read: {problem}</source>
        <translation>Aturan tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="114"/>
        <source>Classify them again with version {v}</source>
        <translation>Klasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="122"/>
        <source>1 undecided item carries suggestions from an older model version, not from version {v}, the active one.</source>
        <translation>1 barang yang belum diputuskan membawa saran dari versi model lama, bukan dari versi {v} yang aktif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="124"/>
        <source>{n} undecided items carry suggestions from an older model version, not from version {v}, the active one.</source>
        <translation>{n} barang yang belum diputuskan membawa saran dari versi model lama, bukan dari versi {v} yang aktif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="127"/>
        <source>A retrain or activation that was interrupted leaves them so, and so does undoing a decision taken under an older version.</source>
        <translation>Ini terjadi bila pelatihan ulang atau pengaktifan terputus, atau bila keputusan yang diambil di bawah versi lama dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="136"/>
        <source>1 undecided item still carries an older model version&apos;s suggestions: classifying it again with version {v}.</source>
        <translation>1 barang yang belum diputuskan masih membawa saran versi model lama: mengklasifikasikannya ulang dengan versi {v}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="138"/>
        <source>{n} undecided items still carry an older model version&apos;s suggestions: classifying them again with version {v}.</source>
        <translation>{n} barang yang belum diputuskan masih membawa saran versi model lama: mengklasifikasikannya ulang dengan versi {v}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="77"/>
        <source>{p} ({k} of {n})</source>
        <translation>{p} ({k} dari {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="85"/>
        <source>Measured on 1 item: too few to compare with another version&apos;s figures.</source>
        <translation>Diukur pada 1 barang: terlalu sedikit untuk dibandingkan dengan angka versi lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="87"/>
        <source>Measured on {n} items: too few to compare with another version&apos;s figures (each item moves a figure by {p}).</source>
        <translation>Diukur pada {n} barang: terlalu sedikit untuk dibandingkan dengan angka versi lain (setiap barang menggeser angka sebesar {p}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="98"/>
        <source>your {n} newest decisions</source>
        <translation>{n} keputusan terbaru Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="100"/>
        <source>{n} labelled titles, cross-validated</source>
        <translation>{n} judul berlabel, validasi silang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="153"/>
        <source>on held-out data: {c} accepted without review, {e} of them wrong</source>
        <translation>pada data uji: {c} diterima tanpa tinjauan, {e} di antaranya salah</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="176"/>
        <location filename="../../app/gui/models_page.py" line="259"/>
        <source>{job} was cancelled at {at}.</source>
        <translation>{job} dibatalkan pada {at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="177"/>
        <location filename="../../app/gui/models_page.py" line="265"/>
        <source>{job} failed at {at}: {why}</source>
        <translation>{job} gagal pada {at}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="179"/>
        <source>Version {v} was made active before it stopped.</source>
        <translation>Versi {v} sudah diaktifkan sebelum berhenti.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="183"/>
        <source>A version was recorded but not made active; version {v} is still active and no suggestion changed.</source>
        <translation>Sebuah versi tercatat tetapi tidak diaktifkan; versi {v} masih aktif dan tidak ada saran yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="186"/>
        <source>Nothing changed: no version was added, version {v} is still active and no suggestion changed.</source>
        <translation>Tidak ada yang berubah: tidak ada versi yang ditambahkan, versi {v} masih aktif dan tidak ada saran yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="102"/>
        <source>The earlier result, from {at}, for reference:</source>
        <translation>Hasil sebelumnya, dari {at}, sebagai rujukan:</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="201"/>
        <location filename="../../app/gui/models_page.py" line="202"/>
        <source>Retraining</source>
        <translation>Melatih ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="201"/>
        <source>Retraining failed</source>
        <translation>Pelatihan ulang gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="204"/>
        <source>Retraining cancelled; the active version and its suggestions are unchanged.</source>
        <translation>Pelatihan ulang dibatalkan; versi aktif dan sarannya tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="208"/>
        <source>Not retrained: {why}</source>
        <translation>Tidak dilatih ulang: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="60"/>
        <source>Version {v}: {state}</source>
        <translation>Versi {v}: {state}</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="58"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="59"/>
        <source>not active</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="62"/>
        <source>Held-out decisions: {n}</source>
        <translation>Keputusan uji: {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="68"/>
        <source>These figures rest on 1 held-out decision: too few to tell the versions apart.</source>
        <translation>Angka ini bertumpu pada 1 keputusan yang disisihkan: terlalu sedikit untuk membedakan versi-versinya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="71"/>
        <source>These figures rest on {n} held-out decisions: too few to tell the versions apart (each one moves a figure by {p}).</source>
        <translation>Angka ini bertumpu pada {n} keputusan yang disisihkan: terlalu sedikit untuk membedakan versi-versinya (setiap keputusan menggeser angka sebesar {p}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="38"/>
        <source>Cancelled while classifying the items again: version {v} stays active; {done} of {n} items were classified with it, and the other {left} follow at the next start.</source>
        <translation>Dibatalkan saat mengklasifikasi ulang barang: versi {v} tetap aktif; {done} dari {n} barang sudah diklasifikasi dengannya, dan {left} sisanya menyusul saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="46"/>
        <source>Learned from {n} examples: {starter} starter titles and {d} decisions.</source>
        <translation>Belajar dari {n} contoh: {starter} judul awal dan {d} keputusan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/retrain_receipt.py" line="50"/>
        <source>The {h} newest decisions were held out of training to compare the versions, then learned too.</source>
        <translation>{h} keputusan terbaru ditahan dari pelatihan untuk membandingkan versi, lalu ikut dipelajari.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="221"/>
        <source>Select a version to activate first.</source>
        <translation>Pilih dulu versi yang akan diaktifkan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="223"/>
        <source>Activating version {v}</source>
        <translation>Mengaktifkan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="225"/>
        <source>Activation failed</source>
        <translation>Aktivasi gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="229"/>
        <source>Version {v} is active</source>
        <translation>Versi {v} aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="243"/>
        <source>Classifying again with version {v}</source>
        <translation>Mengklasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="246"/>
        <location filename="../../app/gui/models_page.py" line="250"/>
        <source>{n} undecided items classified again with version {v}</source>
        <translation>{n} barang yang belum diputuskan diklasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="256"/>
        <source>Stopped: {done} of {n} items were classified again with version {v}; {left} still carry an older version&apos;s suggestions.</source>
        <translation>Dihentikan: {done} dari {n} barang diklasifikasi ulang dengan versi {v}; {left} masih membawa saran versi lama.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="275"/>
        <source>Classifying again failed</source>
        <translation>Klasifikasi ulang gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="297"/>
        <source>Review threshold {t}</source>
        <translation>Ambang tinjauan {t}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="298"/>
        <source>1 item changed: {q} now waits for review, {f} no longer waits, {r} decided item is back in the queue.</source>
        <translation>1 barang berubah: {q} kini menunggu tinjauan, {f} tidak lagi menunggu, {r} barang yang sudah diputuskan kembali ke antrean.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="309"/>
        <source>Review threshold {t} applied to part of the items; the rest follow at the next start.</source>
        <translation>Ambang tinjauan {t} diterapkan pada sebagian barang; sisanya menyusul saat mulai berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="300"/>
        <source>{n} items changed: {q} now wait for review, {f} no longer wait, {r} decided items are back in the queue.</source>
        <translation>{n} barang berubah: {q} kini menunggu tinjauan, {f} tidak lagi menunggu, {r} barang yang sudah diputuskan kembali ke antrean.</translation>
    </message>
    <message>
        <location filename="../../app/gui/versions_table.py" line="102"/>
        <source> (too few to compare)</source>
        <translation> (terlalu sedikit untuk dibandingkan)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="320"/>
        <source>Flagging again</source>
        <translation>Menandai ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="320"/>
        <source>Flagging failed</source>
        <translation>Penandaan gagal</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../app/gui/operations.py" line="38"/>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>Disk tempat {path} penuh; tidak ada yang disimpan. Kosongkan ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="40"/>
        <source>Another program is writing to the database in {path}; nothing was saved. Try again when it has finished.</source>
        <translation>Program lain sedang menulis ke basis data di {path}; tidak ada yang disimpan. Coba lagi setelah program itu selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="42"/>
        <source>{path} is on a read-only disk or folder; Borderline cannot write there.</source>
        <translation>{path} berada di disk atau folder hanya-baca; Borderline tidak dapat menulis di sana.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="44"/>
        <source>Borderline is not allowed to write {path}; check the folder&apos;s permissions.</source>
        <translation>Borderline tidak diizinkan menulis {path}; periksa izin folder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="46"/>
        <source>The database in {path} is damaged and cannot be read; nothing was saved. Restore a backup (File &gt; Restore from a backup…).</source>
        <translation>Basis data di {path} rusak dan tidak dapat dibaca; tidak ada yang disimpan. Pulihkan cadangan (Berkas &gt; Pulihkan dari cadangan…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="58"/>
        <source>the data folder</source>
        <translation>folder data</translation>
    </message>
</context>
<context>
    <name>PackagesTable</name>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="54"/>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="54"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="55"/>
        <source>Gross kg each</source>
        <translation>Kg kotor per kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="55"/>
        <source>Net kg each</source>
        <translation>Kg bersih per kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="56"/>
        <source>Length cm</source>
        <translation>Panjang cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="56"/>
        <source>Width cm</source>
        <translation>Lebar cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="57"/>
        <source>Height cm</source>
        <translation>Tinggi cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="57"/>
        <source>Marks</source>
        <translation>Tanda kiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="67"/>
        <source>Add package</source>
        <translation>Tambah kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="67"/>
        <source>Remove package</source>
        <translation>Hapus kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="144"/>
        <source>{n} packages, {kg} kg gross</source>
        <translation>{n} kemasan, {kg} kg kotor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="144"/>
        <source>1 package, {kg} kg gross</source>
        <translation>1 kemasan, {kg} kg kotor</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../app/gui/party_box.py" line="101"/>
        <source>(new address)</source>
        <translation>(alamat baru)</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="72"/>
        <source>Address book</source>
        <translation>Buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="66"/>
        <source>Update entry</source>
        <translation>Perbarui entri</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="67"/>
        <source>Store the details below in the chosen address book entry</source>
        <translation>Simpan rincian di bawah ke entri buku alamat yang dipilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="69"/>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="70"/>
        <source>Remove the chosen entry from the address book</source>
        <translation>Hapus entri yang dipilih dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="81"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="81"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="81"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="82"/>
        <source>Tax ID</source>
        <translation>Nomor pajak</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="82"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="82"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="89"/>
        <source>ISO code, e.g. MY</source>
        <translation>kode ISO, mis. MY</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="90"/>
        <source>The country&apos;s two-letter ISO code: SG, MY, TH, ID, PH, VN…</source>
        <translation>Kode ISO dua huruf negara: SG, MY, TH, ID, PH, VN…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="139"/>
        <source>Remove from the address book</source>
        <translation>Hapus dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="140"/>
        <source>Remove {party} from the address book?

Shipments already saved keep their copy of the address.</source>
        <translation>Hapus {party} dari buku alamat?

Pengiriman yang sudah disimpan tetap menyimpan salinan alamatnya.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="86"/>
        <source>Documents: {name}</source>
        <translation>Dokumen: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="95"/>
        <source>Show {name}</source>
        <translation>Tampilkan {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="100"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="102"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="104"/>
        <source>Open in system viewer</source>
        <translation>Buka di penampil sistem</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="111"/>
        <source>Check before you send: {w}</source>
        <translation>Periksa sebelum dikirim: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="147"/>
        <source>Printing {name}</source>
        <translation>Mencetak {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="154"/>
        <source>Printing failed</source>
        <translation>Pencetakan gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="157"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="166"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="167"/>
        <source>{path} could not be written: {why}</source>
        <translation>{path} tidak dapat ditulis: {why}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="128"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="129"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="90"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="91"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="92"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="93"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="94"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="95"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="96"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="97"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="98"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="99"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="100"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="101"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="102"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="103"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="104"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="105"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="106"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="107"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="108"/>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="109"/>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="110"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="111"/>
        <source>Sidebar</source>
        <translation>Bilah sisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="112"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="113"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="114"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="115"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="116"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="120"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="121"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="122"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="123"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="124"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="40"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="41"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="42"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="43"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="44"/>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="68"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="69"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="70"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="72"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="73"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="74"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="48"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="49"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="20"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="21"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="23"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="24"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="25"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="26"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="27"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="28"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="29"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="30"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="31"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="32"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="33"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="34"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="35"/>
        <source>Restore Defaults</source>
        <translation>Pulihkan bawaan</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="53"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="79"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="80"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="81"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="82"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="83"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="84"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="85"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="58"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="59"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="60"/>
        <source>Commit</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="61"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="62"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_strings.py" line="63"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../app/gui/window_state.py" line="117"/>
        <source>Clear the list</source>
        <translation>Kosongkan daftar</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../app/gui/review_controller.py" line="189"/>
        <source>{sku}: {code} recorded</source>
        <translation>{sku}: {code} dicatat</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="192"/>
        <source>{code} recorded for {n} items</source>
        <translation>{code} dicatat untuk {n} barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="39"/>
        <source>Decisions (*.csv *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Keputusan (*.csv *.xlsx *.xlsm *.ods);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="124"/>
        <source>Counting for the dashboard</source>
        <translation>Menghitung untuk dasbor</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="125"/>
        <source>Dashboard not updated</source>
        <translation>Dasbor tidak diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="204"/>
        <source>{text} — check: {w}</source>
        <translation>{text} — periksa: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="215"/>
        <source>Saving decision</source>
        <translation>Menyimpan keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="213"/>
        <source>Decision not saved</source>
        <translation>Keputusan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="61"/>
        <source>Reading the review queue</source>
        <translation>Membaca antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="87"/>
        <source>Reading the words</source>
        <translation>Membaca kata-kata</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="98"/>
        <source>Reading the queue&apos;s filters</source>
        <translation>Membaca filter antrean</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="150"/>
        <source>Saving the reviewer&apos;s name</source>
        <translation>Menyimpan nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="177"/>
        <source>Nothing decided yet: {code} brings a blocking flag the item did not show — {flags}. Type a note saying why it may ship, then press Enter.</source>
        <translation>Belum ada yang diputuskan: {code} membawa tanda blokir yang sebelumnya tidak ada pada barang ini — {flags}. Ketik catatan mengapa barang ini boleh dikirim, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="190"/>
        <source>{sku} already has {code}: nothing recorded</source>
        <translation>{sku} sudah memiliki {code}: tidak ada yang dicatat</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="194"/>
        <source>{code} recorded for {n} of the {m} items; the others already had it</source>
        <translation>{code} dicatat untuk {n} dari {m} barang; sisanya sudah memilikinya</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="197"/>
        <source>{text} — new flags under {code}, now resolved: {flags}</source>
        <translation>{text} — tanda baru di bawah {code}, kini diselesaikan: {flags}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="202"/>
        <location filename="../../app/gui/review_controller.py" line="231"/>
        <source>{shown}; and {n} more</source>
        <translation>{shown}; dan {n} lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="218"/>
        <source>Another program is writing to the database; your decision was not saved. Try again.</source>
        <translation>Program lain sedang menulis ke basis data; keputusan Anda tidak disimpan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="226"/>
        <source>all markets</source>
        <translation>semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="227"/>
        <source>{sku}: {rule} ({market}): {reason}</source>
        <translation>{sku}: {rule} ({market}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="273"/>
        <source>Type your name in Reviewer first: an undo records who took the decision back.</source>
        <translation>Ketik nama Anda di Peninjau terlebih dahulu: pembatalan mencatat siapa yang menarik kembali keputusan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="284"/>
        <source>Undid the decision for {sku}</source>
        <translation>Keputusan untuk {sku} dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="286"/>
        <source>Undid the {n} decisions taken together, for {skus}</source>
        <translation>Membatalkan {n} keputusan yang diambil bersamaan, untuk {skus}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="293"/>
        <source>Undoing</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="291"/>
        <source>Nothing undone</source>
        <translation>Tidak ada yang dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="305"/>
        <source>Import decisions</source>
        <translation>Impor keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="315"/>
        <source>{name}: {counts}</source>
        <translation>{name}: {counts}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="317"/>
        <source>; {u} items were already decided so</source>
        <translation>; {u} barang sudah diputuskan demikian</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="319"/>
        <source>{text} — new flags under the codes given, now resolved: {flags}</source>
        <translation>{text} — tanda baru di bawah kode yang diberikan, kini diselesaikan: {flags}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="326"/>
        <source>Importing decisions from {name}</source>
        <translation>Mengimpor keputusan dari {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="328"/>
        <source>Decisions not imported</source>
        <translation>Keputusan tidak diimpor</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/review_queue.py" line="40"/>
        <source>Search SKU or title</source>
        <translation>Cari SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="60"/>
        <source>Any severity</source>
        <translation>Semua keparahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="63"/>
        <source>Any confidence</source>
        <translation>Semua keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="66"/>
        <source>waiting for review</source>
        <translation>menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="77"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="79"/>
        <source>Note (N); required when a blocking flag is overridden</source>
        <translation>Catatan (N); wajib diisi jika tanda pemblokir diabaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="81"/>
        <source>Accept top (Enter)</source>
        <translation>Terima teratas (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="82"/>
        <source>Other code… (O)</source>
        <translation>Kode lain… (O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="83"/>
        <source>Apply to selected (Shift+Enter)</source>
        <translation>Terapkan ke pilihan (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="84"/>
        <source>Apply to same title (T)</source>
        <translation>Terapkan ke judul yang sama (T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="100"/>
        <source>Any flag</source>
        <translation>Semua tanda</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="101"/>
        <source>Any market</source>
        <translation>Semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="102"/>
        <source>Any catalogue</source>
        <translation>Semua katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="127"/>
        <source>{n} items</source>
        <translation>{n} barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="126"/>
        <source>1 item</source>
        <translation>1 barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="157"/>
        <source>No item matches the search and filters.</source>
        <translation>Tidak ada barang yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="249"/>
        <source>saving…</source>
        <translation>menyimpan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="256"/>
        <source>Your decision is saved when “{job}” finishes. J moves on to the next item meanwhile.</source>
        <translation>Keputusan Anda disimpan setelah “{job}” selesai. Sementara itu J berpindah ke barang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="286"/>
        <source>The two best suggestions differ ({fact}): {q} Press 1 or 2: {choices}; O for another code.</source>
        <translation>Dua saran terbaik berbeda ({fact}): {q} Tekan 1 atau 2: {choices}; O untuk kode lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="44"/>
        <source>Select the item shown in the queue (with any others) to give it this code.</source>
        <translation>Pilih barang yang ditampilkan di antrean (bersama yang lain) untuk memberinya kode ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="51"/>
        <source>The {n} selected items already have {code}: nothing to change.</source>
        <translation>{n} barang yang dipilih sudah memiliki {code}: tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="109"/>
        <source>Bulk decision</source>
        <translation>Keputusan massal</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="57"/>
        <location filename="../../app/gui/review_page.py" line="329"/>
        <source> and {n} more</source>
        <translation> dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="330"/>
        <source>Nothing decided yet: {skus} has a blocking flag. Type a note saying why {code} may ship, then press Enter.</source>
        <translation>Belum ada yang diputuskan: {skus} memiliki tanda pemblokiran. Ketik catatan mengapa {code} boleh dikirim, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="347"/>
        <source>{sku} has a blocking flag: type a note saying why {code} may ship, then press Enter.</source>
        <translation>{sku} memiliki tanda pemblokir: ketik catatan mengapa {code} boleh dikirim, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="92"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_queue.py" line="38"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="59"/>
        <source>Give {code} ({description}) to these {n} selected items?

{titles}</source>
        <translation>Berikan {code} ({description}) kepada {n} barang yang dipilih ini?

{titles}</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="72"/>
        <source>No item with the title “{title}” is waiting for review: this one is {status}. To change its code alone, press Enter or a suggestion&apos;s number.</source>
        <translation>Tidak ada barang berjudul “{title}” yang menunggu tinjauan: barang ini {status}. Untuk mengubah kodenya saja, tekan Enter atau nomor salah satu saran.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="78"/>
        <source>Give {code} ({description}) to the one item waiting for review with the title “{title}”?</source>
        <translation>Berikan {code} ({description}) kepada satu barang yang menunggu tinjauan dengan judul “{title}”?</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="81"/>
        <source>Give {code} ({description}) to the {n} items waiting for review with the title “{title}”?</source>
        <translation>Berikan {code} ({description}) kepada {n} barang yang menunggu tinjauan dengan judul “{title}”?</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="84"/>
        <source>Give {code} ({description}) to the one other item waiting for review with the title “{title}”? This one is {status} and keeps its code.</source>
        <translation>Berikan {code} ({description}) kepada satu barang lain berjudul “{title}” yang menunggu tinjauan? Barang ini {status} dan tetap memakai kodenya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="88"/>
        <source>Give {code} ({description}) to the {n} other items waiting for review with the title “{title}”? This one is {status} and keeps its code.</source>
        <translation>Berikan {code} ({description}) kepada {n} barang lain berjudul “{title}” yang menunggu tinjauan? Barang ini {status} dan tetap memakai kodenya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/bulk_decisions.py" line="99"/>
        <source>no HS 2022 description</source>
        <translation>tidak ada uraian HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="342"/>
        <source>Type your name in Reviewer first: every decision records who took it.</source>
        <translation>Ketik dulu nama Anda di Peninjau: setiap keputusan mencatat siapa yang mengambilnya.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/gui/rules_page.py" line="43"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="43"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="44"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="44"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="45"/>
        <source>Markets</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="45"/>
        <source>Items flagged</source>
        <translation>Barang ditandai</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="64"/>
        <source>all markets</source>
        <translation>semua pasar</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../app/gui/rules_page.py" line="106"/>
        <source>All markets</source>
        <translation>Semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="110"/>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="116"/>
        <source>Market:</source>
        <translation>Pasar:</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="118"/>
        <source>Severity:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="135"/>
        <source>Select a rule to see its trigger, reason and source.</source>
        <translation>Pilih aturan untuk melihat pemicu, alasan, dan sumbernya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="140"/>
        <source>Thresholds</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="143"/>
        <source>Apply thresholds</source>
        <translation>Terapkan ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="148"/>
        <source>Reset to default</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="149"/>
        <source>Undo your adjustments to this rule: it works as its rule file says again</source>
        <translation>Batalkan penyesuaian Anda pada aturan ini: aturan kembali bekerja seperti tertulis di berkas aturannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="191"/>
        <source>Checking the rules</source>
        <translation>Memeriksa aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="198"/>
        <source>Check your rules.toml: {w}</source>
        <translation>Periksa rules.toml Anda: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="201"/>
        <source>Reading the rules</source>
        <translation>Membaca aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="225"/>
        <source>{shown} of {total} rules shown, {on} on</source>
        <translation>{shown} dari {total} aturan ditampilkan, {on} aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="246"/>
        <source>Severity: {s}</source>
        <translation>Tingkat: {s}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="247"/>
        <source>Markets: {m}</source>
        <translation>Pasar: {m}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="247"/>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="248"/>
        <source>Trigger: {t}</source>
        <translation>Pemicu: {t}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="249"/>
        <source>Reason: {r}</source>
        <translation>Alasan: {r}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="250"/>
        <source>Source: {s}</source>
        <translation>Sumber: {s}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="251"/>
        <source>Last checked: {d}</source>
        <translation>Terakhir diperiksa: {d}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="252"/>
        <source>Items it flags now: {n}</source>
        <translation>Barang yang ditandai sekarang: {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="254"/>
        <source>The fact behind this rule is not confirmed, so it asks for review and never blocks.</source>
        <translation>Fakta di balik aturan ini belum dipastikan, jadi aturan ini hanya meminta tinjauan dan tidak pernah memblokir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="256"/>
        <source>This rule is switched off.</source>
        <translation>Aturan ini dimatikan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="258"/>
        <source>You adjusted this rule (Reset to default undoes it).</source>
        <translation>Anda telah menyesuaikan aturan ini (Kembalikan ke bawaan membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="289"/>
        <source>“{text}” is not a number as this window writes them ({example}); nothing was changed.</source>
        <translation>“{text}” bukan angka seperti yang ditulis jendela ini ({example}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="319"/>
        <source>Saving {rule} and re-flagging the items…</source>
        <translation>Menyimpan {rule} dan menandai ulang barang…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="332"/>
        <source>{rule} saved. 1 item changed: {q} now waits for review, {r} decided item is back in the queue, {f} no longer waits.</source>
        <translation>{rule} disimpan. 1 barang berubah: {q} kini menunggu tinjauan, {r} barang yang sudah diputuskan kembali ke antrean, {f} tidak lagi menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="334"/>
        <source>{rule} saved. {n} items changed: {q} now wait for review, {r} decided items are back in the queue, {f} no longer wait.</source>
        <translation>{rule} disimpan. {n} barang berubah: {q} kini menunggu tinjauan, {r} barang yang sudah diputuskan kembali ke antrean, {f} tidak lagi menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="341"/>
        <source>Updating rule {rule}</source>
        <translation>Memperbarui aturan {rule}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="72"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="74"/>
        <source>Ask for review below confidence</source>
        <translation>Minta tinjauan di bawah keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="78"/>
        <source>Target markets</source>
        <translation>Pasar tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="92"/>
        <location filename="../../app/gui/settings_dialog.py" line="97"/>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="97"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="97"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="100"/>
        <source>Documents and appearance</source>
        <translation>Dokumen dan tampilan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="102"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="103"/>
        <source>Language (after a restart)</source>
        <translation>Bahasa (setelah dibuka ulang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="104"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="108"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="113"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="116"/>
        <source>The database, models and printed documents live here. A new folder is used from the next start.</source>
        <translation>Basis data, model, dan dokumen cetak disimpan di sini. Folder baru dipakai mulai pembukaan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="128"/>
        <source>Company profile and first-start assistant…</source>
        <translation>Profil perusahaan dan asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="183"/>
        <source>Choose at least one market.</source>
        <translation>Pilih setidaknya satu pasar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="188"/>
        <source>The shipped model has no measurements to say what this threshold means.</source>
        <translation>Model bawaan tidak memiliki hasil pengukuran untuk menjelaskan arti ambang ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="189"/>
        <source>At {t}, the shipped model settles about {c} of items without review, and about {e} of those are wrong (measured on {n} held-out starter titles, {k} of which reach this threshold). A higher threshold sends more items to review and lets fewer mistakes through; flags for restricted goods apply whatever the threshold.</source>
        <translation>Pada {t}, model bawaan menyelesaikan sekitar {c} barang tanpa tinjauan, dan sekitar {e} di antaranya salah (diukur pada {n} judul awal yang tidak dipakai untuk pelatihan, {k} di antaranya mencapai ambang ini). Ambang yang lebih tinggi mengirim lebih banyak barang ke tinjauan dan meloloskan lebih sedikit kesalahan; tanda untuk barang terbatas tetap berlaku berapa pun ambangnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="198"/>
        <source>The rules cannot be read: {problem}</source>
        <translation>Aturan tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="202"/>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="218"/>
        <source>Borderline cannot keep its data in {folder}: {why}. Choose another folder.</source>
        <translation>Borderline tidak dapat menyimpan datanya di {folder}: {why}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="260"/>
        <source>Saving the settings</source>
        <translation>Menyimpan pengaturan</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="171"/>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="124"/>
        <source>Invoice no.</source>
        <translation>No. faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="64"/>
        <source>Shipment: commercial invoice and packing list</source>
        <translation>Pengiriman: faktur komersial dan daftar kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="67"/>
        <source>Seller / exporter (your profile)</source>
        <translation>Penjual / eksportir (profil Anda)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="69"/>
        <source>Buyer / sold to</source>
        <translation>Pembeli / dijual kepada</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="70"/>
        <source>The buyer is the consignee</source>
        <translation>Pembeli adalah penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="80"/>
        <source>Indonesia: NPWP or NIK</source>
        <translation>Indonesia: NPWP atau NIK</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="81"/>
        <source>Required for Indonesia: the consignee&apos;s NPWP, NIK or passport number, printed on the invoice</source>
        <translation>Wajib untuk Indonesia: NPWP, NIK, atau nomor paspor penerima, dicetak pada invoice</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="113"/>
        <source>Print the ATIGA preferential origin declaration</source>
        <translation>Cetak deklarasi asal preferensial ATIGA</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="114"/>
        <source>Consolidate invoice lines by HS code and origin</source>
        <translation>Gabungkan baris faktur berdasarkan kode HS dan asal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="117"/>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="124"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="125"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="125"/>
        <source>Incoterm 2020</source>
        <translation>Incoterm 2020</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="126"/>
        <source>Named place</source>
        <translation>Tempat yang ditentukan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="126"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="127"/>
        <source>Reason for export</source>
        <translation>Alasan ekspor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="127"/>
        <source>Export type</source>
        <translation>Jenis ekspor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="128"/>
        <source>Air waybill no.</source>
        <translation>No. air waybill</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="128"/>
        <source>Order / PO ref.</source>
        <translation>Ref. pesanan / PO</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="46"/>
        <location filename="../../app/gui/shipment_dialog.py" line="130"/>
        <source>Freight</source>
        <translation>Ongkos angkut</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="47"/>
        <location filename="../../app/gui/shipment_dialog.py" line="130"/>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="48"/>
        <location filename="../../app/gui/shipment_dialog.py" line="131"/>
        <source>Other charges</source>
        <translation>Biaya lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="131"/>
        <source>Shipping marks</source>
        <translation>Tanda kiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="132"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="133"/>
        <source>ATIGA exporter code</source>
        <translation>Kode eksportir ATIGA</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="134"/>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="135"/>
        <source>Signatory title</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="143"/>
        <location filename="../../app/gui/shipment_dialog.py" line="285"/>
        <location filename="../../app/gui/shipment_dialog.py" line="291"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="169"/>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="170"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="172"/>
        <source>Packages</source>
        <translation>Kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/refused_items.py" line="28"/>
        <source>Documents refused: these items need a decision first</source>
        <translation>Dokumen ditolak: barang-barang ini perlu diputuskan dulu</translation>
    </message>
    <message>
        <location filename="../../app/gui/refused_items.py" line="31"/>
        <source>Open in review</source>
        <translation>Buka di tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/refused_items.py" line="34"/>
        <location filename="../../app/gui/refused_items.py" line="60"/>
        <source>Copy the list</source>
        <translation>Salin daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="179"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="180"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="181"/>
        <source>Export lines…</source>
        <translation>Ekspor baris…</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="252"/>
        <source>Discard this shipment?</source>
        <translation>Buang pengiriman ini?</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="253"/>
        <source>The shipment has changes that are not saved.</source>
        <translation>Pengiriman ini memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="255"/>
        <source>Discard them and close the shipment, or keep editing? Save keeps the shipment as a draft to print later.</source>
        <translation>Buang perubahan itu dan tutup pengiriman, atau lanjutkan menyunting? Simpan menyimpan pengiriman sebagai draf untuk dicetak nanti.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="257"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="258"/>
        <source>Keep editing</source>
        <translation>Lanjutkan menyunting</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="147"/>
        <source>Destination and consignee differ</source>
        <translation>Tujuan dan penerima berbeda</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="148"/>
        <source>The consignee is in {country}, but the destination is {destination}.</source>
        <translation>Penerima berada di {country}, tetapi tujuannya {destination}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="152"/>
        <source>Print the documents for {destination} anyway? A consignee may take delivery in another country; if not, correct the destination country on the Terms tab.</source>
        <translation>Tetap cetak dokumen untuk {destination}? Penerima bisa saja menerima barang di negara lain; jika tidak, perbaiki negara tujuan di tab Syarat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="155"/>
        <source>Print for {destination}</source>
        <translation>Cetak untuk {destination}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="157"/>
        <source>Correct the destination</source>
        <translation>Perbaiki tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="285"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="59"/>
        <source>Unit value</source>
        <translation>Nilai satuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="61"/>
        <source>Line {n}, SKU {sku}, {field}: {text}</source>
        <translation>Baris {n}, SKU {sku}, {field}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="63"/>
        <source>{field}: {text}</source>
        <translation>{field}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="66"/>
        <source>Package {n}, {field}: {text}</source>
        <translation>Kemasan {n}, {field}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="71"/>
        <source>These numbers cannot be read:

{lines}

Write a number in digits, with {decimal} before the decimals and {group} between thousands or no mark there, e.g. {example}.</source>
        <translation>Angka-angka ini tidak dapat dibaca:

{lines}

Tulis angka dengan digit, dengan {decimal} sebelum desimal dan {group} di antara ribuan atau tanpa tanda di sana, mis. {example}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="85"/>
        <source>Numbers not understood</source>
        <translation>Angka tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="58"/>
        <location filename="../../app/gui/shipment_checks.py" line="95"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="98"/>
        <location filename="../../app/gui/shipment_checks.py" line="115"/>
        <source>Line {n}, SKU {sku}, {field}: {q} {unit}</source>
        <translation>Baris {n}, SKU {sku}, {field}: {q} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="100"/>
        <source>These lines have a quantity of 0, which ships nothing:

{lines}

To take an item off the shipment, select its line under Items and press Remove line; to ship it, type how many.</source>
        <translation>Baris-baris ini berjumlah 0, yang tidak mengirim apa pun:

{lines}

Untuk mengeluarkan barang dari pengiriman, pilih barisnya di bawah Barang lalu tekan Hapus baris; untuk mengirimnya, ketik jumlahnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="108"/>
        <source>A quantity of 0 ships nothing</source>
        <translation>Jumlah 0 tidak mengirim apa pun</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="118"/>
        <source>These quantities are not whole numbers:

{lines}

Goods counted in pieces, sets or pairs ship in whole numbers; only units of weight, length, area or volume (kg, m, m², l…) take decimals. Correct the quantity, or give the item such a unit in the catalogue.</source>
        <translation>Jumlah berikut bukan bilangan bulat:

{lines}

Barang yang dihitung per buah, set atau pasang dikirim dalam bilangan bulat; hanya satuan berat, panjang, luas atau volume (kg, m, m², l…) yang boleh desimal. Perbaiki jumlahnya, atau beri barang itu satuan seperti itu di katalog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_checks.py" line="129"/>
        <source>Quantities must be whole numbers</source>
        <translation>Jumlah harus bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../app/gui/refused_items.py" line="89"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="68"/>
        <source>Consignee</source>
        <translation>Penerima</translation>
    </message>
</context>
<context>
    <name>ShipmentFlow</name>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="99"/>
        <source>Reading the catalogue</source>
        <translation>Membaca katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="100"/>
        <source>Shipment not opened</source>
        <translation>Pengiriman tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="162"/>
        <source>The shipment set aside is back: print, save or close it before opening another.</source>
        <translation>Pengiriman yang disisihkan muncul kembali: cetak, simpan, atau tutup dulu sebelum membuka yang lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="181"/>
        <location filename="../../app/gui/shipment_flow.py" line="193"/>
        <source>Updating the address book</source>
        <translation>Memperbarui buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="182"/>
        <source>Address book entry {name} updated</source>
        <translation>Entri buku alamat {name} diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="184"/>
        <source>Address book entry not updated</source>
        <translation>Entri buku alamat tidak diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="194"/>
        <source>Removed from the address book</source>
        <translation>Dihapus dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="195"/>
        <source>Address book entry not removed</source>
        <translation>Entri buku alamat tidak dihapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="220"/>
        <source>The shipment is incomplete</source>
        <translation>Data pengiriman belum lengkap</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="245"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="245"/>
        <source>revision {r}</source>
        <translation>revisi {r}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="246"/>
        <source>Shipment {n} saved ({what})</source>
        <translation>Pengiriman {n} tersimpan ({what})</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="248"/>
        <source>Saving the shipment</source>
        <translation>Menyimpan pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="248"/>
        <source>Shipment not saved</source>
        <translation>Pengiriman tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="266"/>
        <source>Printing documents</source>
        <translation>Mencetak dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="268"/>
        <location filename="../../app/gui/shipment_flow.py" line="279"/>
        <location filename="../../app/gui/shipment_flow.py" line="320"/>
        <source>Documents not printed</source>
        <translation>Dokumen tidak dicetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="277"/>
        <source>Reprinting documents</source>
        <translation>Mencetak ulang dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="289"/>
        <source>Blocking flags were cleared</source>
        <translation>Tanda pemblokiran telah dibersihkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="290"/>
        <source>These items carry a blocking flag for {dest} that a reviewer cleared:

{items}

Print the documents for {dest} anyway?</source>
        <translation>Barang berikut membawa tanda pemblokiran untuk {dest} yang telah dibersihkan peninjau:

{items}

Tetap cetak dokumen untuk {dest}?</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="313"/>
        <source>Documents not printed: 1 item needs a decision first (listed in the shipment dialog)</source>
        <translation>Dokumen tidak dicetak: 1 barang perlu diputuskan dulu (tercantum di dialog pengiriman)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="314"/>
        <source>Documents not printed: {n} items need a decision first (listed in the shipment dialog)</source>
        <translation>Dokumen tidak dicetak: {n} barang perlu diputuskan dulu (tercantum di dialog pengiriman)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="318"/>
        <source>This item needs a decision first:
{items}</source>
        <translation>Barang ini perlu diputuskan dulu:
{items}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="319"/>
        <source>These items need a decision first:
{items}</source>
        <translation>Barang-barang ini perlu diputuskan dulu:
{items}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="326"/>
        <source>Invoice and packing list saved in {dir} (revision {r}). Check: {w}</source>
        <translation>Faktur dan daftar kemasan disimpan di {dir} (revisi {r}). Periksa: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="329"/>
        <source>Invoice and packing list saved in {dir} (revision {r}).</source>
        <translation>Faktur dan daftar kemasan disimpan di {dir} (revisi {r}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="337"/>
        <source>Export lines for the carrier</source>
        <translation>Ekspor baris untuk jasa pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="356"/>
        <source>Wrote {n} lines to {path}</source>
        <translation>{n} baris ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="358"/>
        <source>Exporting shipment lines</source>
        <translation>Mengekspor baris pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="358"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>ShipmentWords</name>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="24"/>
        <source>{lines} Give each of these lines its unit value in {currency} in the Unit value column of the Items tab</source>
        <translation>{lines} Beri setiap baris ini nilai satuan dalam {currency} di kolom Nilai satuan pada tab Barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="27"/>
        <source>Consignee › Tax ID (Parties tab): missing; Indonesia needs the consignee&apos;s NPWP, NIK or passport number on the invoice</source>
        <translation>Penerima › Nomor pajak (tab Para pihak): belum diisi; Indonesia memerlukan NPWP, NIK, atau nomor paspor penerima pada faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="31"/>
        <source>Invoice no. {invoice} was saved for {before} ({before_country}); this shipment goes to {consignee} ({country}). Give it its own invoice number (Terms tab): another consignee or country is a new invoice, not an amendment</source>
        <translation>No. faktur {invoice} disimpan untuk {before} ({before_country}); pengiriman ini untuk {consignee} ({country}). Beri pengiriman ini nomor fakturnya sendiri (tab Syarat): penerima atau negara lain berarti faktur baru, bukan perubahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="37"/>
        <source>Invoice no. {invoice} was printed on {printed} for {before} ({before_country}); this shipment goes to {consignee} ({country}). Give it its own invoice number (Terms tab): a printed invoice is not re-addressed to another consignee or country</source>
        <translation>No. faktur {invoice} dicetak pada {printed} untuk {before} ({before_country}); pengiriman ini untuk {consignee} ({country}). Beri pengiriman ini nomor fakturnya sendiri (tab Syarat): faktur yang sudah dicetak tidak dialamatkan ulang ke penerima atau negara lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="41"/>
        <source>Named place (Terms tab): missing; an Incoterms 2020 rule needs its named place, e.g. {incoterm} {place}</source>
        <translation>Tempat yang ditentukan (tab Syarat): belum diisi; aturan Incoterms 2020 memerlukan tempat yang ditentukan, mis. {incoterm} {place}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="45"/>
        <source>Singapore OVR GST no. (Parties tab): missing; GST can be marked as paid only with the seller&apos;s GST registration number under OVR</source>
        <translation>No. GST OVR Singapura (tab Para pihak): belum diisi; GST hanya dapat ditandai sudah dibayar dengan nomor registrasi GST penjual di bawah OVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="48"/>
        <source>A shipment needs at least one line: add items on the Items tab</source>
        <translation>Pengiriman memerlukan setidaknya satu baris: tambahkan barang di tab Barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="50"/>
        <source>Currency (Terms tab): &apos;{value}&apos; is not an ISO 4217 currency code, such as MYR, SGD or USD</source>
        <translation>Mata uang (tab Syarat): &apos;{value}&apos; bukan kode mata uang ISO 4217, seperti MYR, SGD, atau USD</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="53"/>
        <source>Date (Terms tab): &apos;{value}&apos; is not a date like 2026-11-24</source>
        <translation>Tanggal (tab Syarat): &apos;{value}&apos; bukan tanggal seperti 2026-11-24</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_words.py" line="55"/>
        <source>{party} › {field}</source>
        <translation>{party} › {field}</translation>
    </message>
</context>
<context>
    <name>ShipmentsDialog</name>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="16"/>
        <source>Invoice no.</source>
        <translation>No. faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="16"/>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="17"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="17"/>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="18"/>
        <source>Consignee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="18"/>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="19"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="19"/>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="23"/>
        <source>Saved shipments</source>
        <translation>Pengiriman tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="33"/>
        <source>{n} files</source>
        <translation>{n} berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="33"/>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="43"/>
        <source>Open to amend</source>
        <translation>Buka untuk diubah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipments_list.py" line="44"/>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui/startup.py" line="96"/>
        <source>it is not a full path (it must start at a drive or at /)</source>
        <translation>itu bukan path lengkap (harus dimulai dari drive atau dari /)</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="97"/>
        <source>it is a file, not a folder</source>
        <translation>itu sebuah file, bukan folder</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="98"/>
        <source>the drive or folder it belongs in is not there (is the drive connected?)</source>
        <translation>drive atau folder tempatnya tidak ada (apakah drive-nya tersambung?)</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="99"/>
        <source>the folder cannot be created there ({reason})</source>
        <translation>folder tidak dapat dibuat di sana ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="100"/>
        <source>Borderline cannot write in it ({reason})</source>
        <translation>Borderline tidak dapat menulis di dalamnya ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="102"/>
        <source>it cannot be used ({reason})</source>
        <translation>folder itu tidak dapat dipakai ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="123"/>
        <source>Borderline keeps its data in {folder}, the folder chosen in Settings, but {why}.

If it is on a drive that is not connected, quit, connect the drive and start Borderline again. Or open the default folder {default} instead: this time only (Settings keeps your folder), or from now on.</source>
        <translation>Borderline menyimpan datanya di {folder}, folder yang dipilih di Pengaturan, tetapi {why}.

Jika folder itu ada di drive yang tidak tersambung, keluar, sambungkan drive-nya, lalu jalankan Borderline lagi. Atau buka folder bawaan {default} sebagai gantinya: kali ini saja (Pengaturan tetap menyimpan folder Anda), atau mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="128"/>
        <location filename="../../app/gui/startup.py" line="182"/>
        <source>The data folder cannot be used</source>
        <translation>Folder data tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="129"/>
        <source>Use the default folder this time</source>
        <translation>Pakai folder bawaan kali ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="130"/>
        <source>Use the default folder from now on</source>
        <translation>Pakai folder bawaan mulai sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="131"/>
        <location filename="../../app/gui/startup.py" line="143"/>
        <location filename="../../app/gui/startup.py" line="156"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="137"/>
        <source>Borderline checks every item against its flagging rules, and a rule file has a mistake:

{problem}

Nothing is flagged until the rules can be read. Correct the file in a text editor (rules.toml is in the data folder), then press Try again.</source>
        <translation>Borderline memeriksa setiap barang dengan aturan penandaannya, dan sebuah file aturan berisi kesalahan:

{problem}

Tidak ada yang ditandai sampai aturan dapat dibaca. Perbaiki file itu di editor teks (rules.toml ada di folder data), lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="140"/>
        <source>The flagging rules cannot be read</source>
        <translation>Aturan penandaan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="141"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="142"/>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="150"/>
        <source>Borderline is already running with the data folder {folder} (process {pid}). Switch to that window, or close it first.</source>
        <translation>Borderline sudah berjalan dengan folder data {folder} (proses {pid}). Beralihlah ke jendela itu, atau tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="152"/>
        <source>Borderline is already running with the data folder {folder}. Switch to that window, or close it first.</source>
        <translation>Borderline sudah berjalan dengan folder data {folder}. Beralihlah ke jendela itu, atau tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="178"/>
        <source>The data folder is now the default folder {default}.</source>
        <translation>Folder data sekarang adalah folder bawaan {default}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="179"/>
        <source>This time the data is in the default folder {default}: {folder} cannot be used ({why}). Settings still names {folder}.</source>
        <translation>Kali ini data ada di folder bawaan {default}: {folder} tidak dapat dipakai ({why}). Pengaturan masih menyebut {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="183"/>
        <source>Borderline cannot keep its data in {folder}: {why}.</source>
        <translation>Borderline tidak dapat menyimpan datanya di {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="182"/>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="183"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="183"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="183"/>
        <location filename="../../app/gui/review_panes.py" line="192"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="183"/>
        <location filename="../../app/gui/review_panes.py" line="195"/>
        <source>Subheading (heading)</source>
        <translation>Subpos (pos)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="234"/>
        <source>From the catalogue (written {line}): {path}</source>
        <translation>Dari katalog (tertulis {line}): {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="237"/>
        <source>From the catalogue: {path}</source>
        <translation>Dari katalog: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="238"/>
        <source>The seller&apos;s catalogue gives this code; it is no decision until one is made here.</source>
        <translation>Katalog penjual memberi kode ini; ini belum keputusan sampai keputusan dibuat di sini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="247"/>
        <source>Not among the model&apos;s suggestions</source>
        <translation>Tidak ada di antara saran model</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="254"/>
        <source>Decide this first ({fact}): {q} Press 1 or 2: {choices}; O for another code.</source>
        <translation>Tentukan ini dulu ({fact}): {q} Tekan 1 atau 2: {choices}; O untuk kode lain.</translation>
    </message>
</context>
<context>
    <name>ThresholdQuestion</name>
    <message>
        <location filename="../../app/gui/threshold_question.py" line="36"/>
        <source>Lower the review threshold?</source>
        <translation>Turunkan ambang tinjauan?</translation>
    </message>
    <message>
        <location filename="../../app/gui/threshold_question.py" line="39"/>
        <source>Use it</source>
        <translation>Pakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/threshold_question.py" line="40"/>
        <source>Keep {old}</source>
        <translation>Tetap {old}</translation>
    </message>
    <message>
        <location filename="../../app/gui/threshold_question.py" line="48"/>
        <source>At {t}, about {c} of items would be accepted without review, and about {e} of those would have a wrong HS code: of every {per} items, about {a} would pass without review, {w} of them with a wrong code. The default threshold keeps the wrong codes at {bound} or fewer of the items it accepts (measured on held-out titles).</source>
        <translation>Pada {t}, sekitar {c} barang akan diterima tanpa tinjauan, dan sekitar {e} di antaranya akan memiliki kode HS yang salah: dari setiap {per} barang, sekitar {a} akan lolos tanpa tinjauan, {w} di antaranya dengan kode yang salah. Ambang bawaan menjaga kode yang salah pada {bound} atau kurang dari barang yang diterimanya (diukur pada judul yang disisihkan).</translation>
    </message>
</context>
</TS>
