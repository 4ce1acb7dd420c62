<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="24"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Cadangkan basis data…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="25"/>
        <source>R&amp;estore from a backup…</source>
        <translation>P&amp;ulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="33"/>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="40"/>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="41"/>
        <source>Backed up {n} items and {d} decisions to {path}</source>
        <translation>{n} barang dan {d} keputusan dicadangkan ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="43"/>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="46"/>
        <location filename="../../app/gui/backup_menu.py" line="49"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="50"/>
        <source>Replace everything in Borderline with the content of {path}? The current database is kept as a copy in the backups folder first.</source>
        <translation>Ganti seluruh isi Borderline dengan isi {path}? Basis data saat ini disimpan dulu sebagai salinan di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="67"/>
        <source>Restored {path}: {n} items, {d} decisions</source>
        <translation>{path} dipulihkan: {n} barang, {d} keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="69"/>
        <source>Restored, with something to check</source>
        <translation>Dipulihkan, dengan sesuatu yang perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="71"/>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/backup_menu.py" line="72"/>
        <source>Nothing was restored</source>
        <translation>Tidak ada yang dipulihkan</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="315"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="315"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_lines.py" line="316"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../app/gui/dashboard_page.py" line="70"/>
        <source>{total} items ({parts})</source>
        <translation>{total} barang ({parts})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="75"/>
        <source>{n} items: {rule} — {reason}</source>
        <translation>{n} barang: {rule} — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="75"/>
        <source>1 item: {rule} — {reason}</source>
        <translation>1 barang: {rule} — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="83"/>
        <source>{name}, imported {when}: {waited} of its {items} items waited for review once classified ({share})</source>
        <translation>{name}, diimpor {when}: {waited} dari {items} barangnya menunggu tinjauan setelah diklasifikasi ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="87"/>
        <source>{name}, imported {when}, before Borderline kept this figure: counted from the {items} items it holds now, {waited} of which wait for review ({share})</source>
        <translation>{name}, diimpor {when}, sebelum Borderline menyimpan angka ini: dihitung dari {items} barang yang dimuatnya sekarang, {waited} di antaranya menunggu tinjauan ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="91"/>
        <source>; {n} more not classified yet</source>
        <translation>; {n} lagi belum diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="96"/>
        <source>after the retrain that made it</source>
        <translation>setelah pelatihan ulang yang membuatnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="97"/>
        <source>after it was activated</source>
        <translation>setelah diaktifkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="98"/>
        <source>after items left with an older version&apos;s suggestions were reclassified</source>
        <translation>setelah barang dengan saran versi lama diklasifikasi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="100"/>
        <source>Version {v}, {after} ({when}): {waited} of the {items} undecided items waited for review ({share})</source>
        <translation>Versi {v}, {after} ({when}): {waited} dari {items} barang yang belum diputuskan menunggu tinjauan ({share})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="111"/>
        <source>imported, or classified again</source>
        <translation>diimpor, atau diklasifikasi ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="118"/>
        <source>waited for review</source>
        <translation>menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="124"/>
        <source>each import: its items, once classified</source>
        <translation>setiap impor: barangnya, setelah diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="126"/>
        <source>after a retrain or activation: the undecided items</source>
        <translation>setelah pelatihan ulang atau pengaktifan: barang yang belum diputuskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="132"/>
        <source>older imports, counted as their items are now</source>
        <translation>impor lama, dihitung menurut keadaan barangnya sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="158"/>
        <source>Each import: of the items it brought, the share that waited for review once classified; items it brought again count as they stood (decided, accepted or waiting).</source>
        <translation>Setiap impor: dari barang yang dibawanya, porsi yang menunggu tinjauan setelah diklasifikasi; barang yang dibawanya lagi dihitung menurut keadaannya (diputuskan, diterima, atau menunggu).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="162"/>
        <source>Last import, {name} ({when}): {waited} of {items} ({share}).</source>
        <translation>Impor terakhir, {name} ({when}): {waited} dari {items} ({share}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="165"/>
        <source>After a retrain or activation: of the undecided items, the share the active version sent to review.</source>
        <translation>Setelah pelatihan ulang atau pengaktifan: dari barang yang belum diputuskan, porsi yang dikirim versi aktif ke tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="169"/>
        <source>Last, version {v} ({when}): {waited} of {items} ({share}).</source>
        <translation>Terakhir, versi {v} ({when}): {waited} dari {items} ({share}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="173"/>
        <source>None yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="175"/>
        <source>Imports from before Borderline kept these figures (squares) are counted from the items they hold now; retrains from before then have no point.</source>
        <translation>Impor dari sebelum Borderline menyimpan angka ini (kotak) dihitung dari barang yang dimuatnya sekarang; pelatihan ulang dari masa itu tidak punya titik.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="177"/>
        <source>Hover over a point to see its figures.</source>
        <translation>Arahkan kursor ke sebuah titik untuk melihat angkanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="194"/>
        <source>Confidence of the top suggestion, last import ({name})</source>
        <translation>Keyakinan saran teratas, impor terakhir ({name})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard_page.py" line="195"/>
        <source>items</source>
        <translation>barang</translation>
    </message>
</context>
<context>
    <name>DecisionsReport</name>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="35"/>
        <source>not an HS 2022 subheading</source>
        <translation>bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="36"/>
        <source>five digits: a spreadsheet dropped the leading 0</source>
        <translation>lima digit: lembar kerja membuang angka 0 di depan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="37"/>
        <source>a national tariff line, not the six-digit subheading</source>
        <translation>pos tarif nasional, bukan subpos enam digit</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="38"/>
        <source>a trade-statistics code, not an HS 2022 subheading</source>
        <translation>kode statistik perdagangan, bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="39"/>
        <source>no item with this SKU</source>
        <translation>tidak ada barang dengan SKU ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="40"/>
        <source>the item is not classified yet</source>
        <translation>barang belum diklasifikasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="41"/>
        <source>no reviewer name</source>
        <translation>tanpa nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="42"/>
        <source>a blocking flag needs a note</source>
        <translation>tanda pemblokir memerlukan catatan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="43"/>
        <source>the rows of one SKU give different codes</source>
        <translation>baris-baris satu SKU memberi kode berbeda</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="44"/>
        <source>the rows of one SKU give different reviewers</source>
        <translation>baris-baris satu SKU memberi peninjau berbeda</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="45"/>
        <source>the decision was refused</source>
        <translation>keputusan ditolak</translation>
    </message>
</context>
<context>
    <name>DecisionsReportDialog</name>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="62"/>
        <source>Decisions imported from {name}</source>
        <translation>Keputusan yang diimpor dari {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="70"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="70"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="70"/>
        <source>Code given</source>
        <translation>Kode yang diberikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="71"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="84"/>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="85"/>
        <source>Every rejected row with its reason, as CSV or Excel: correct the codes there and import the file again.</source>
        <translation>Setiap baris yang ditolak beserta alasannya, sebagai CSV atau Excel: perbaiki kodenya di sana lalu impor file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="112"/>
        <source>{name}: {n} decisions applied, {r} rows rejected.</source>
        <translation>{name}: {n} keputusan diterapkan, {r} baris ditolak.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="115"/>
        <source>{u} items were already decided so.</source>
        <translation>{u} barang sudah diputuskan demikian.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="118"/>
        <source>Rejected rows by reason:</source>
        <translation>Baris yang ditolak menurut alasan:</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="120"/>
        <source>• {count} × {kind}</source>
        <translation>• {count} × {kind}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="122"/>
        <source>    {name}, row {n}, column {col}: {why}</source>
        <translation>    {name}, baris {n}, kolom {col}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="126"/>
        <source>• {count} rows for {k} other reasons</source>
        <translation>• {count} baris karena {k} alasan lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="129"/>
        <source>The first {n} rejected rows are listed below; save them to have all of them.</source>
        <translation>{n} baris pertama yang ditolak tercantum di bawah; simpan untuk mendapatkan semuanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="135"/>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="144"/>
        <source>Wrote {n} rejected rows to {path}</source>
        <translation>{n} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="147"/>
        <source>Saving the rejected rows</source>
        <translation>Menyimpan baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/decisions_report.py" line="149"/>
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
        <location filename="../../app/gui/first_day.py" line="101"/>
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
        <location filename="../../app/gui/first_day.py" line="118"/>
        <source>The import of {name}, started {when}, did not finish: Borderline was closed before it ended, and nothing of it was kept. Import the file again.</source>
        <translation>Impor {name}, dimulai {when}, tidak selesai: Borderline ditutup sebelum impor berakhir, dan tidak ada bagiannya yang disimpan. Impor file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="121"/>
        <source>{what} ({name}), started {when}, did not finish: Borderline was closed before it ended.</source>
        <translation>{what} ({name}), dimulai {when}, tidak selesai: Borderline ditutup sebelum pekerjaan itu berakhir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="130"/>
        <source>About Borderline</source>
        <translation>Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_day.py" line="131"/>
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
        <location filename="../../app/gui/first_run.py" line="96"/>
        <source>Welcome to Borderline</source>
        <translation>Selamat datang di Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="109"/>
        <source>Your company</source>
        <translation>Perusahaan Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="110"/>
        <source>This goes on every commercial invoice and packing list as the shipper. You can change it later in Settings.</source>
        <translation>Data ini tercantum sebagai pengirim di setiap faktur komersial dan daftar kemasan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="117"/>
        <source>e.g. VAT, GST or NPWP number</source>
        <translation>mis. nomor NPWP, VAT atau GST</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="119"/>
        <source>e.g. +66 2 123 4567</source>
        <translation>mis. +66 2 123 4567</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="121"/>
        <source>e.g. sales@yourshop.co.th</source>
        <translation>mis. penjualan@tokoanda.co.id</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="131"/>
        <source>Only if registered under Singapore&apos;s OVR</source>
        <translation>Hanya jika terdaftar dalam OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="133"/>
        <source>Only if registered for Malaysia&apos;s LVG tax</source>
        <translation>Hanya jika terdaftar untuk pajak LVG Malaysia</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="139"/>
        <source>PNG or JPEG, optional</source>
        <translation>PNG atau JPEG, opsional</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="141"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="147"/>
        <source>Company name *</source>
        <translation>Nama perusahaan *</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="148"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="149"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="150"/>
        <source>Tax ID</source>
        <translation>Nomor pajak</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="151"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="153"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="155"/>
        <source>Singapore OVR GST no.</source>
        <translation>No. GST OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="156"/>
        <source>Malaysia LVG no. (LRN)</source>
        <translation>No. LVG Malaysia (LRN)</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="157"/>
        <source>Goods usually made in</source>
        <translation>Barang biasanya dibuat di</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="158"/>
        <source>Invoice currency</source>
        <translation>Mata uang faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="159"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="251"/>
        <source>Saving your profile</source>
        <translation>Menyimpan profil Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="123"/>
        <source>This does not look like an email address: write it as name@example.com, or leave the field empty.</source>
        <translation>Ini tidak tampak seperti alamat email: tulis sebagai nama@contoh.com, atau kosongkan kolom ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="125"/>
        <source>A phone number has 6 to 15 digits, may start with + and the country code, and may hold spaces, dashes and brackets, e.g. +66 2 123 4567.</source>
        <translation>Nomor telepon terdiri dari 6 sampai 15 angka, boleh diawali + dan kode negara, serta boleh memuat spasi, tanda hubung dan tanda kurung, mis. +66 2 123 4567.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="171"/>
        <source>Where you ship to</source>
        <translation>Tujuan pengiriman Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="172"/>
        <source>Borderline checks each item against the rules of these markets: prohibited goods, batteries, blades, permits.</source>
        <translation>Borderline memeriksa setiap barang terhadap aturan pasar-pasar ini: barang terlarang, baterai, benda tajam, izin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="187"/>
        <source>Who reviews</source>
        <translation>Siapa yang meninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="188"/>
        <source>Every decision records the reviewer&apos;s name in the audit trail.</source>
        <translation>Setiap keputusan mencatat nama peninjau di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="190"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="192"/>
        <source>A name is required: every decision, print and audit entry records who made it, so an auditor can tell who decided what.</source>
        <translation>Nama wajib diisi: setiap keputusan, cetakan dan entri audit mencatat siapa yang membuatnya, agar auditor tahu siapa memutuskan apa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="198"/>
        <source>Load the demo catalogue and show me a guided first review</source>
        <translation>Muat katalog demo dan pandu saya dalam tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="202"/>
        <source>Reviewer *</source>
        <translation>Peninjau *</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="206"/>
        <source>You can skip the tour at any time, and take it again from the Help menu.</source>
        <translation>Anda dapat melewati panduan kapan saja, dan mengulanginya dari menu Bantuan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="213"/>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/first_run.py" line="213"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="288"/>
        <source>Why it needs a look</source>
        <translation>Mengapa perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="304"/>
        <source>all markets</source>
        <translation>semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="308"/>
        <source>{severity} · {rule} · {markets}</source>
        <translation>{severity} · {rule} · {markets}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="312"/>
        <source>Triggered by: {t}</source>
        <translation>Dipicu oleh: {t}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="315"/>
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
        <location filename="../../app/gui/hs_picker.py" line="36"/>
        <source>Choose an HS code</source>
        <translation>Pilih kode HS</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="39"/>
        <source>Type a code (e.g. 8507) or words from the description</source>
        <translation>Ketik kode (mis. 8507) atau kata dari deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="42"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="42"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="132"/>
        <source>{code}  {desc}  (the model&apos;s reading of these words: {p})</source>
        <translation>{code}  {desc}  (bacaan model atas kata-kata ini: {p})</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="143"/>
        <source>{n} subheadings match the words in English; first, {m} the model reads them as</source>
        <translation>{n} subpos cocok dengan kata-kata dalam bahasa Inggris; di atasnya, {m} bacaan model atas kata-kata itu</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="152"/>
        <source>{code}: {desc}</source>
        <translation>{code}: {desc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="153"/>
        <source>{code} is not an HS 2022 subheading</source>
        <translation>{code} bukan subpos HS 2022</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="155"/>
        <source>An HS code has six digits; {n} were typed</source>
        <translation>Kode HS terdiri dari enam digit; yang diketik {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="156"/>
        <source>{n} of 6 digits; pick a subheading below</source>
        <translation>{n} dari 6 digit; pilih subpos di bawah</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="158"/>
        <source>{n} subheadings match (the descriptions are in English: &apos;coffee&apos;, not &apos;kopi&apos; or &apos;cà phê&apos;)</source>
        <translation>{n} subpos cocok (uraiannya dalam bahasa Inggris: &apos;coffee&apos;, bukan &apos;kopi&apos; atau &apos;cà phê&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="160"/>
        <source>{n} subheadings match</source>
        <translation>{n} subpos cocok</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="192"/>
        <source>Type a code or pick one from the list</source>
        <translation>Ketik kode atau pilih dari daftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="196"/>
        <source>{code} is not a six-digit HS 2022 subheading</source>
        <translation>{code} bukan subpos HS 2022 enam digit</translation>
    </message>
    <message>
        <location filename="../../app/gui/hs_picker.py" line="197"/>
        <source>Choose a six-digit subheading, not {code}</source>
        <translation>Pilih subpos enam digit, bukan {code}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/gui/import_flow.py" line="32"/>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="37"/>
        <location filename="../../app/gui/import_flow.py" line="54"/>
        <source>Reading {name}</source>
        <translation>Membaca {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="60"/>
        <source>Importing {name}</source>
        <translation>Mengimpor {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="65"/>
        <source>Import of {name} cancelled; nothing was changed.</source>
        <translation>Impor {name} dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="70"/>
        <source>{name}: {a} new, {u} changed, {same} unchanged, {r} rows rejected</source>
        <translation>{name}: {a} baru, {u} berubah, {same} tidak berubah, {r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="80"/>
        <source>Export the import report</source>
        <translation>Ekspor laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="86"/>
        <source>Exporting the import report</source>
        <translation>Mengekspor laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="88"/>
        <source>Wrote {n} rejected rows to {path}</source>
        <translation>{n} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_flow.py" line="89"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/gui/import_report.py" line="20"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="22"/>
        <source>{name}: {read} rows read ({source}, header on row {header}).</source>
        <translation>{name}: {read} baris dibaca ({source}, judul kolom di baris {header}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="24"/>
        <source>Imported {n}: {a} new, {u} changed ({c} to classify again), {same} unchanged.</source>
        <translation>Diimpor {n}: {a} baru, {u} berubah ({c} perlu diklasifikasikan ulang), {same} tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="27"/>
        <source>Rejected {r}; blank rows skipped {b}.</source>
        <translation>Ditolak {r}; baris kosong dilewati {b}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="29"/>
        <source>Warning: {warning}</source>
        <translation>Peringatan: {warning}</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="31"/>
        <source>The first {n} rejected rows are shown; export the report for all of them.</source>
        <translation>Hanya {n} baris pertama yang ditolak yang ditampilkan; ekspor laporan untuk melihat semuanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="39"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="39"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="39"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="39"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../app/gui/import_report.py" line="46"/>
        <source>Export as CSV…</source>
        <translation>Ekspor sebagai CSV…</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="85"/>
        <source>Item as imported</source>
        <translation>Barang sebagaimana diimpor</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="97"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="98"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="99"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="101"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="118"/>
        <source>… {n} more characters</source>
        <translation>… {n} karakter lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="122"/>
        <source>Nothing waits for review.</source>
        <translation>Tidak ada yang menunggu tinjauan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="138"/>
        <source>Variation: {v}</source>
        <translation>Variasi: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="139"/>
        <source>Material: {v}</source>
        <translation>Bahan: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="140"/>
        <source>Origin: {v}</source>
        <translation>Asal: {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="141"/>
        <source>Value: {v} {c}</source>
        <translation>Nilai: {v} {c}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="142"/>
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
        <location filename="../../app/gui/job_bar.py" line="24"/>
        <location filename="../../app/gui/job_bar.py" line="55"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="52"/>
        <source>Finishing — can no longer be cancelled</source>
        <translation>Menyelesaikan — tidak dapat dibatalkan lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="67"/>
        <location filename="../../app/gui/job_bar.py" line="77"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="69"/>
        <source>Too late to cancel: {title} is finishing</source>
        <translation>Terlambat untuk membatalkan: {title} sedang diselesaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_bar.py" line="85"/>
        <source>{title}: Cancel came too late; the job had passed the point where it can stop, and finished.</source>
        <translation>{title}: Pembatalan terlambat; pekerjaan sudah melewati titik di mana ia dapat berhenti, dan telah selesai.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/gui/labels.py" line="22"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="22"/>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="23"/>
        <source>auto-accepted</source>
        <translation>diterima otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="23"/>
        <source>decided</source>
        <translation>sudah diputuskan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="25"/>
        <source>below 50%</source>
        <translation>di bawah 50%</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="25"/>
        <source>50% to 80%</source>
        <translation>50% hingga 80%</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="26"/>
        <source>80% and above</source>
        <translation>80% ke atas</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="28"/>
        <source>block</source>
        <translation>blokir</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="28"/>
        <source>review</source>
        <translation>tinjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="28"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="30"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="30"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="30"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="31"/>
        <source>Origin country</source>
        <translation>Negara asal</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="32"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="32"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>Net weight</source>
        <translation>Berat bersih</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="33"/>
        <source>Weight unit</source>
        <translation>Satuan berat</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="34"/>
        <source>Quantity unit</source>
        <translation>Satuan jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35"/>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="35"/>
        <source>Variation</source>
        <translation>Variasi</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="37"/>
        <source>sale</source>
        <translation>penjualan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="37"/>
        <source>gift</source>
        <translation>hadiah</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="37"/>
        <source>sample</source>
        <translation>sampel</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="38"/>
        <source>return</source>
        <translation>pengembalian</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="38"/>
        <source>repair</source>
        <translation>perbaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="39"/>
        <source>permanent</source>
        <translation>permanen</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="39"/>
        <source>temporary</source>
        <translation>sementara</translation>
    </message>
    <message>
        <location filename="../../app/gui/labels.py" line="40"/>
        <source>letter</source>
        <translation>Letter</translation>
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
        <location filename="../../app/gui/shipment_parts.py" line="95"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="95"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="96"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="97"/>
        <source>Unit value (optional)</source>
        <translation>Nilai satuan (opsional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="97"/>
        <source>Package no.</source>
        <translation>No. kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="103"/>
        <source>Search the catalogue by SKU or title</source>
        <translation>Cari di katalog berdasarkan SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="120"/>
        <source>Add to shipment</source>
        <translation>Tambahkan ke pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="132"/>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="122"/>
        <source>-</source>
        <translation>-</translation>
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
        <location filename="../../app/gui/party_box.py" line="163"/>
        <source>Low-value goods</source>
        <translation>Barang bernilai rendah</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="164"/>
        <source>Each number and mark is printed only on invoices to its country.</source>
        <translation>Setiap nomor dan tanda hanya dicetak pada invoice ke negaranya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="168"/>
        <source>If registered</source>
        <translation>Jika terdaftar</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="169"/>
        <source>Singapore: GST paid under OVR</source>
        <translation>Singapura: GST dibayar melalui OVR</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="170"/>
        <source>You collected GST on these goods at sale: each invoice line is marked &apos;GST paid: Y&apos; (else N). Needs your OVR GST number.</source>
        <translation>Anda memungut GST atas barang ini saat penjualan: setiap baris invoice ditandai &apos;GST paid: Y&apos; (jika tidak, N). Memerlukan nomor GST OVR Anda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="172"/>
        <source>Thailand: print the &apos;LVG&apos; code</source>
        <translation>Thailand: cetak kode &apos;LVG&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="173"/>
        <source>Claims Thailand&apos;s duty relief for goods up to THB 1,500 CIF. It was an interim measure: check that it still applies.</source>
        <translation>Mengklaim keringanan bea Thailand untuk barang hingga THB 1.500 CIF. Ini langkah sementara: periksa apakah masih berlaku.</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="177"/>
        <source>Singapore OVR GST no.</source>
        <translation>No. GST OVR Singapura</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="179"/>
        <source>Malaysia LVG no. (LRN)</source>
        <translation>No. LVG Malaysia (LRN)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="72"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="73"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="75"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="77"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82"/>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="90"/>
        <source>Reading the catalogue</source>
        <translation>Membaca katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124"/>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Impor katalog…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="125"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terbaru</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="127"/>
        <source>Import &amp;decisions…</source>
        <translation>Impor ke&amp;putusan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130"/>
        <source>Export review &amp;log…</source>
        <translation>Ekspor &amp;log tinjauan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131"/>
        <source>Export the &amp;audit trail…</source>
        <translation>Ekspor &amp;jejak audit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="137"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>&amp;Classify pending items</source>
        <translation>&amp;Klasifikasikan barang yang menunggu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>&amp;Retrain from decisions</source>
        <translation>&amp;Latih ulang dari keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>Commercial &amp;invoice and packing list…</source>
        <translation>&amp;Faktur komersial dan daftar kemasan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="143"/>
        <source>&amp;Saved shipments…</source>
        <translation>&amp;Pengiriman tersimpan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <source>&amp;Undo last decision</source>
        <translation>&amp;Batalkan keputusan terakhir</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="146"/>
        <source>&amp;Find items</source>
        <translation>&amp;Cari barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="153"/>
        <source>&amp;Guided first review</source>
        <translation>&amp;Panduan tinjauan pertama</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="154"/>
        <source>&amp;First-start assistant…</source>
        <translation>&amp;Asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="155"/>
        <source>Open the &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="156"/>
        <source>&amp;About Borderline</source>
        <translation>&amp;Tentang Borderline</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="191"/>
        <source>Review ({n})</source>
        <translation>Tinjauan ({n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="205"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206"/>
        <source>This was not expected. The details are in the log file; press Copy details and send them to whoever supports your Borderline. Your saved work is safe.</source>
        <translation>Ini tidak terduga. Rinciannya ada di berkas log; tekan Salin rincian dan kirimkan kepada pihak yang mendukung Borderline Anda. Pekerjaan yang sudah tersimpan tetap aman.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="219"/>
        <source>was missing</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="219"/>
        <source>failed its integrity check</source>
        <translation>gagal dalam pemeriksaan keutuhan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="220"/>
        <source>could not be loaded</source>
        <translation>tidak dapat dimuat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="221"/>
        <source>The shipped model {why}; a new one was trained from the starter data.</source>
        <translation>Model bawaan {why}; model baru telah dilatih dari data awal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>Preparing the model</source>
        <translation>Menyiapkan model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>No model</source>
        <translation>Tidak ada model</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <source>Catalogues ({patterns})</source>
        <translation>Katalog ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="241"/>
        <source>Import catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Classified {n}: {a} auto-accepted, {f} to review</source>
        <translation>{n} diklasifikasikan: {a} diterima otomatis, {f} perlu ditinjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="278"/>
        <source>Classification paused; it continues with the items still pending next time.</source>
        <translation>Klasifikasi dijeda; lain kali dilanjutkan dengan barang yang masih menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="280"/>
        <source>Classifying</source>
        <translation>Mengklasifikasikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="281"/>
        <source>Classification failed</source>
        <translation>Klasifikasi gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="295"/>
        <source>Export the review queue</source>
        <translation>Ekspor antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="300"/>
        <source>Exporting the review queue</source>
        <translation>Mengekspor antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301"/>
        <source>Wrote {n} queue rows to {path}; fill in hs_code (and a note) and bring it back with File &gt; Import decisions</source>
        <translation>{n} baris antrean ditulis ke {path}; isi hs_code (dan catatan) lalu masukkan kembali lewat Berkas &gt; Impor keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="306"/>
        <source>Export review log</source>
        <translation>Ekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="315"/>
        <source>The review log does not match the audit trail</source>
        <translation>Log tinjauan tidak cocok dengan jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="316"/>
        <location filename="../../app/gui/main_window.py" line="336"/>
        <source>{path} was written, but the audit trail does not vouch for it: {problem}</source>
        <translation>{path} sudah ditulis, tetapi jejak audit tidak menjaminnya: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="318"/>
        <location filename="../../app/gui/main_window.py" line="338"/>
        <source>The database was changed outside Borderline, or restored from a changed copy. Do not hand this log to an auditor as it is.</source>
        <translation>Basis data diubah di luar Borderline, atau dipulihkan dari salinan yang diubah. Jangan serahkan log ini kepada auditor apa adanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321"/>
        <source>Exporting the review log</source>
        <translation>Mengekspor log tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="313"/>
        <source>Wrote {n} decisions to {path}</source>
        <translation>{n} keputusan ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="126"/>
        <source>Load the de&amp;mo catalogue</source>
        <translation>Muat katalog &amp;demo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129"/>
        <source>Export the review q&amp;ueue…</source>
        <translation>Ekspor &amp;antrean tinjauan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Export i&amp;tems…</source>
        <translation>Ekspor &amp;barang…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <location filename="../../app/gui/main_window.py" line="323"/>
        <location filename="../../app/gui/main_window.py" line="343"/>
        <location filename="../../app/gui/main_window.py" line="350"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="326"/>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="333"/>
        <source>Wrote {n} audit entries to {path}</source>
        <translation>{n} entri audit ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="335"/>
        <source>The audit trail is broken</source>
        <translation>Jejak audit rusak</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="341"/>
        <source>Exporting the audit trail</source>
        <translation>Mengekspor jejak audit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="346"/>
        <source>Export items</source>
        <translation>Ekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="348"/>
        <source>Exporting items</source>
        <translation>Mengekspor barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="349"/>
        <source>Wrote {n} items to {path}</source>
        <translation>{n} barang ditulis ke {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="30"/>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="37"/>
        <source>Detect</source>
        <translation>Deteksi</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="41"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="42"/>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="48"/>
        <source>Borderline field ← column of the file</source>
        <translation>Isian Borderline ← kolom berkas</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="64"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="85"/>
        <source>remembered from an earlier file with these columns</source>
        <translation>diingat dari berkas sebelumnya dengan kolom yang sama</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="86"/>
        <source>matched by the column names</source>
        <translation>dicocokkan berdasarkan nama kolom</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="87"/>
        <source>{name}: {source}; header on row {row}. Mapping {how}.</source>
        <translation>{name}: {source}; judul kolom di baris {row}. Pemetaan {how}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="99"/>
        <source>Detected: {enc}</source>
        <translation>Terdeteksi: {enc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="103"/>
        <source>(not in this file)</source>
        <translation>(tidak ada di berkas ini)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="134"/>
        <source>Choose the column for {f}.</source>
        <translation>Pilih kolom untuk {f}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mapping_dialog.py" line="138"/>
        <source>&apos;{h}&apos; is chosen for both {a} and {b}.</source>
        <translation>&apos;{h}&apos; dipilih untuk {a} sekaligus {b}.</translation>
    </message>
</context>
<context>
    <name>MemoryPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="259"/>
        <source>Decision memory</source>
        <translation>Riwayat keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="276"/>
        <source>{code} given to {sku} by {who} on {when} ({why})</source>
        <translation>{code} diberikan ke {sku} oleh {who} pada {when} ({why})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="279"/>
        <source>No earlier decision for this SKU, title or SKU family</source>
        <translation>Belum ada keputusan sebelumnya untuk SKU, judul, atau keluarga SKU ini</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/gui/models_page.py" line="39"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="39"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="40"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="40"/>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="41"/>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="41"/>
        <source>Held-out top-1</source>
        <translation>Top-1 data uji</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="42"/>
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="42"/>
        <source>Auto-accepted</source>
        <translation>Diterima otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="43"/>
        <source>Auto error</source>
        <translation>Galat otomatis</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="43"/>
        <source>Measured on</source>
        <translation>Diukur pada</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="68"/>
        <source>On each version&apos;s held-out data, at the review threshold set now</source>
        <translation>Pada data uji tiap versi, dengan ambang tinjauan yang berlaku sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="74"/>
        <source>Retrain from decisions</source>
        <translation>Latih ulang dari keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="75"/>
        <source>Activate even if worse</source>
        <translation>Aktifkan meskipun lebih buruk</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="76"/>
        <source>Activate selected version</source>
        <translation>Aktifkan versi terpilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="80"/>
        <source>Apply threshold</source>
        <translation>Terapkan ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="83"/>
        <source>The result of the last retrain or activation appears here.</source>
        <translation>Hasil pelatihan ulang atau aktivasi terakhir muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="97"/>
        <source>Review items below confidence</source>
        <translation>Tinjau barang di bawah keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="133"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="142"/>
        <source>The rules cannot be read: {problem}</source>
        <translation>Aturan tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="156"/>
        <source>Classify them again with version {v}</source>
        <translation>Klasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="163"/>
        <source>1 undecided item carries suggestions from an older model version, not from version {v}, the active one.</source>
        <translation>1 barang yang belum diputuskan membawa saran dari versi model lama, bukan dari versi {v} yang aktif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="165"/>
        <source>{n} undecided items carry suggestions from an older model version, not from version {v}, the active one.</source>
        <translation>{n} barang yang belum diputuskan membawa saran dari versi model lama, bukan dari versi {v} yang aktif.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="168"/>
        <source>A retrain or activation that was interrupted leaves them so, and so does undoing a decision taken under an older version.</source>
        <translation>Pelatihan ulang atau pengaktifan yang terputus meninggalkannya begitu, demikian pula membatalkan keputusan yang diambil di bawah versi lama.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="177"/>
        <source>1 undecided item still carries an older model version&apos;s suggestions: classifying it again with version {v}.</source>
        <translation>1 barang yang belum diputuskan masih membawa saran versi model lama: mengklasifikasikannya ulang dengan versi {v}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="179"/>
        <source>{n} undecided items still carry an older model version&apos;s suggestions: classifying them again with version {v}.</source>
        <translation>{n} barang yang belum diputuskan masih membawa saran versi model lama: mengklasifikasikannya ulang dengan versi {v}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="191"/>
        <source>your {n} newest decisions</source>
        <translation>{n} keputusan terbaru Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="193"/>
        <source>{n} labelled titles, cross-validated</source>
        <translation>{n} judul berlabel, validasi silang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="194"/>
        <source> (few: each one moves the figure by {p})</source>
        <translation> (sedikit: tiap satu menggeser angka sebesar {p})</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="201"/>
        <source>on held-out data: {c} accepted without review, {e} of them wrong</source>
        <translation>pada data uji: {c} diterima tanpa tinjauan, {e} di antaranya salah</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="229"/>
        <source>{job} was cancelled at {at}.</source>
        <translation>{job} dibatalkan pada {at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="230"/>
        <source>{job} failed at {at}: {why}</source>
        <translation>{job} gagal pada {at}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="232"/>
        <source>Version {v} was made active before it stopped.</source>
        <translation>Versi {v} sudah diaktifkan sebelum berhenti.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="236"/>
        <source>A version was recorded but not made active; version {v} is still active and no suggestion changed.</source>
        <translation>Sebuah versi tercatat tetapi tidak diaktifkan; versi {v} masih aktif dan tidak ada saran yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="239"/>
        <source>Nothing changed: no version was added, version {v} is still active and no suggestion changed.</source>
        <translation>Tidak ada yang berubah: tidak ada versi yang ditambahkan, versi {v} masih aktif dan tidak ada saran yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="243"/>
        <source>The earlier result, from {at}, for reference:</source>
        <translation>Hasil sebelumnya, dari {at}, sebagai rujukan:</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="258"/>
        <location filename="../../app/gui/models_page.py" line="259"/>
        <source>Retraining</source>
        <translation>Melatih ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="258"/>
        <source>Retraining failed</source>
        <translation>Pelatihan ulang gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="261"/>
        <source>Retraining cancelled; the active version and its suggestions are unchanged.</source>
        <translation>Pelatihan ulang dibatalkan; versi aktif dan sarannya tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="265"/>
        <source>Not retrained: {why}</source>
        <translation>Tidak dilatih ulang: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="269"/>
        <source>Version {v}: {state}</source>
        <translation>Versi {v}: {state}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="270"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="270"/>
        <source>not active</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="271"/>
        <source>Held-out decisions: {n}</source>
        <translation>Keputusan uji: {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="282"/>
        <source>Learned from {n} examples: {starter} starter titles and {d} decisions.</source>
        <translation>Belajar dari {n} contoh: {starter} judul awal dan {d} keputusan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="285"/>
        <source>The {h} newest decisions were held out of training to compare the versions, then learned too.</source>
        <translation>{h} keputusan terbaru ditahan dari pelatihan untuk membandingkan versi, lalu ikut dipelajari.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="292"/>
        <source>Select a version to activate first.</source>
        <translation>Pilih dulu versi yang akan diaktifkan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="294"/>
        <source>Activating version {v}</source>
        <translation>Mengaktifkan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="296"/>
        <source>Activation failed</source>
        <translation>Aktivasi gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="300"/>
        <location filename="../../app/gui/models_page.py" line="303"/>
        <source>Version {v} is active</source>
        <translation>Versi {v} aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="309"/>
        <source>Classifying again with version {v}</source>
        <translation>Mengklasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="312"/>
        <location filename="../../app/gui/models_page.py" line="316"/>
        <source>{n} undecided items classified again with version {v}</source>
        <translation>{n} barang yang belum diputuskan diklasifikasi ulang dengan versi {v}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="322"/>
        <source>Stopped: {done} of {n} items were classified again with version {v}; {left} still carry an older version&apos;s suggestions.</source>
        <translation>Dihentikan: {done} dari {n} barang diklasifikasi ulang dengan versi {v}; {left} masih membawa saran versi lama.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="327"/>
        <source>Classifying again failed</source>
        <translation>Klasifikasi ulang gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="335"/>
        <source>Review threshold {t:.2f}</source>
        <translation>Ambang tinjauan {t:.2f}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="336"/>
        <source>{n} items changed: {q} now wait for review, {f} no longer wait, {r} decided items are back in the queue.</source>
        <translation>{n} barang berubah: {q} kini menunggu tinjauan, {f} tidak lagi menunggu, {r} barang yang sudah diputuskan kembali ke antrean.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="345"/>
        <source>Review threshold {t:.2f} applied to part of the items; the rest follow at the next start.</source>
        <translation>Ambang tinjauan {t:.2f} diterapkan pada sebagian barang; sisanya menyusul saat mulai berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="356"/>
        <source>Flagging again</source>
        <translation>Menandai ulang</translation>
    </message>
    <message>
        <location filename="../../app/gui/models_page.py" line="356"/>
        <source>Flagging failed</source>
        <translation>Penandaan gagal</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../app/gui/operations.py" line="29"/>
        <source>The disk holding {path} is full; nothing was saved. Free some space and try again.</source>
        <translation>Disk tempat {path} penuh; tidak ada yang disimpan. Kosongkan ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="31"/>
        <source>Another program is writing to the database in {path}; nothing was saved. Try again when it has finished.</source>
        <translation>Program lain sedang menulis ke basis data di {path}; tidak ada yang disimpan. Coba lagi setelah program itu selesai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="33"/>
        <source>{path} is on a read-only disk or folder; Borderline cannot write there.</source>
        <translation>{path} berada di disk atau folder hanya-baca; Borderline tidak dapat menulis di sana.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="35"/>
        <source>Borderline is not allowed to write {path}; check the folder&apos;s permissions.</source>
        <translation>Borderline tidak diizinkan menulis {path}; periksa izin folder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/operations.py" line="47"/>
        <source>the data folder</source>
        <translation>folder data</translation>
    </message>
</context>
<context>
    <name>PackagesTable</name>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="25"/>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="25"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="26"/>
        <source>Gross kg each</source>
        <translation>Kg kotor per kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="26"/>
        <source>Net kg each</source>
        <translation>Kg bersih per kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="27"/>
        <source>Length cm</source>
        <translation>Panjang cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="27"/>
        <source>Width cm</source>
        <translation>Lebar cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="28"/>
        <source>Height cm</source>
        <translation>Tinggi cm</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="28"/>
        <source>Marks</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="36"/>
        <source>Add package</source>
        <translation>Tambah kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="36"/>
        <source>Remove package</source>
        <translation>Hapus kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_parts.py" line="88"/>
        <source>{n} packages, {kg:.3f} kg gross</source>
        <translation>{n} kemasan, {kg:.3f} kg kotor</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../app/gui/party_box.py" line="96"/>
        <source>(new address)</source>
        <translation>(alamat baru)</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="70"/>
        <source>Address book</source>
        <translation>Buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="64"/>
        <source>Update entry</source>
        <translation>Perbarui entri</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="65"/>
        <source>Store the details below in the chosen address book entry</source>
        <translation>Simpan rincian di bawah ke entri buku alamat yang dipilih</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="67"/>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="68"/>
        <source>Remove the chosen entry from the address book</source>
        <translation>Hapus entri yang dipilih dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="78"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="78"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="78"/>
        <source>Country (ISO code)</source>
        <translation>Negara (kode ISO)</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="79"/>
        <source>Tax ID</source>
        <translation>Nomor pajak</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="79"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="79"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="134"/>
        <source>Remove from the address book</source>
        <translation>Hapus dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/party_box.py" line="135"/>
        <source>Remove {party} from the address book?

Shipments already saved keep their copy of the address.</source>
        <translation>Hapus {party} dari buku alamat?

Pengiriman yang sudah disimpan tetap menyimpan salinan alamatnya.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="85"/>
        <source>Documents: {name}</source>
        <translation>Dokumen: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="94"/>
        <source>Show {name}</source>
        <translation>Tampilkan {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="99"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="101"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="103"/>
        <source>Open in system viewer</source>
        <translation>Buka di penampil sistem</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="110"/>
        <source>Check before you send: {w}</source>
        <translation>Periksa sebelum dikirim: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="145"/>
        <source>Printing {name}</source>
        <translation>Mencetak {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="152"/>
        <source>Printing failed</source>
        <translation>Pencetakan gagal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="155"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="164"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pdf_preview.py" line="165"/>
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
        <location filename="../../app/gui/review_controller.py" line="170"/>
        <source>{sku}: {code} recorded</source>
        <translation>{sku}: {code} dicatat</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="171"/>
        <source>{code} recorded for {n} items</source>
        <translation>{code} dicatat untuk {n} barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="33"/>
        <source>Decisions (*.csv *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Keputusan (*.csv *.xlsx *.xlsm *.ods);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="113"/>
        <source>Counting for the dashboard</source>
        <translation>Menghitung untuk dasbor</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="114"/>
        <source>Dashboard not updated</source>
        <translation>Dasbor tidak diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="177"/>
        <source>{text} — check: {w}</source>
        <translation>{text} — periksa: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="187"/>
        <source>Saving decision</source>
        <translation>Menyimpan keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="185"/>
        <source>Decision not saved</source>
        <translation>Keputusan tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="52"/>
        <source>Reading the review queue</source>
        <translation>Membaca antrean tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="76"/>
        <source>Reading the words</source>
        <translation>Membaca kata-kata</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="87"/>
        <source>Reading the queue&apos;s filters</source>
        <translation>Membaca filter antrean</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="139"/>
        <source>Saving the reviewer&apos;s name</source>
        <translation>Menyimpan nama peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="175"/>
        <source>{shown}; and {n} more</source>
        <translation>{shown}; dan {n} lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="190"/>
        <source>Another program is writing to the database; your decision was not saved. Try again.</source>
        <translation>Program lain sedang menulis ke basis data; keputusan Anda tidak disimpan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="212"/>
        <source>Type your name in Reviewer first: an undo records who took the decision back.</source>
        <translation>Ketik nama Anda di Peninjau terlebih dahulu: pembatalan mencatat siapa yang menarik kembali keputusan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="223"/>
        <source>Undid the decision for {sku}</source>
        <translation>Keputusan untuk {sku} dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="225"/>
        <source>Undid the {n} decisions taken together, for {skus}</source>
        <translation>Membatalkan {n} keputusan yang diambil bersamaan, untuk {skus}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="228"/>
        <source>Undoing</source>
        <translation>Membatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="229"/>
        <source>Nothing undone</source>
        <translation>Tidak ada yang dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="232"/>
        <source>Import decisions</source>
        <translation>Impor keputusan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="242"/>
        <source>{name}: {n} decisions applied, {r} rows rejected</source>
        <translation>{name}: {n} keputusan diterapkan, {r} baris ditolak</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="245"/>
        <source>; {u} items were already decided so</source>
        <translation>; {u} barang sudah diputuskan demikian</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="251"/>
        <source>Importing decisions from {name}</source>
        <translation>Mengimpor keputusan dari {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_controller.py" line="253"/>
        <source>Decisions not imported</source>
        <translation>Keputusan tidak diimpor</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/review_page.py" line="64"/>
        <source>Search SKU or title</source>
        <translation>Cari SKU atau judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="83"/>
        <source>Any severity</source>
        <translation>Semua keparahan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="86"/>
        <source>Any confidence</source>
        <translation>Semua keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="89"/>
        <source>waiting for review</source>
        <translation>menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="127"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="129"/>
        <source>Note (N); required when a blocking flag is overridden</source>
        <translation>Catatan (N); wajib diisi jika tanda pemblokir diabaikan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="131"/>
        <source>Accept top (Enter)</source>
        <translation>Terima teratas (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="132"/>
        <source>Other code… (O)</source>
        <translation>Kode lain… (O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="133"/>
        <source>Apply to selected (Shift+Enter)</source>
        <translation>Terapkan ke pilihan (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="134"/>
        <source>Apply to same title (T)</source>
        <translation>Ke judul sama (T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="182"/>
        <source>Any flag</source>
        <translation>Semua tanda</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="183"/>
        <source>Any market</source>
        <translation>Semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="184"/>
        <source>Any catalogue</source>
        <translation>Semua katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="219"/>
        <source>{n} items</source>
        <translation>{n} barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="219"/>
        <source>1 item</source>
        <translation>1 barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="231"/>
        <source>No item matches the search and filters.</source>
        <translation>Tidak ada barang yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="323"/>
        <source>saving…</source>
        <translation>menyimpan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="330"/>
        <source>Your decision is saved when “{job}” finishes. J moves on to the next item meanwhile.</source>
        <translation>Keputusan Anda disimpan setelah “{job}” selesai. Sementara itu J berpindah ke barang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="387"/>
        <source>Select the item shown in the queue (with any others) to give it this code.</source>
        <translation>Pilih barang yang ditampilkan di antrean (bersama yang lain) untuk memberinya kode ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="392"/>
        <source>Give {code} to the {n} selected items?</source>
        <translation>Berikan {code} ke {n} barang yang dipilih?</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="399"/>
        <source>Give {code} to the {n} items waiting for review with the title “{title}”?</source>
        <translation>Berikan {code} ke {n} barang yang menunggu tinjauan dengan judul “{title}”?</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="403"/>
        <source>Bulk decision</source>
        <translation>Keputusan massal</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="426"/>
        <source> and {n} more</source>
        <translation> dan {n} lainnya</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="427"/>
        <source>Nothing decided yet: {skus} has a blocking flag. Type a note saying why {code} may ship, then press Enter.</source>
        <translation>Belum ada yang diputuskan: {skus} memiliki tanda pemblokiran. Ketik catatan mengapa {code} boleh dikirim, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="444"/>
        <source>{sku} has a blocking flag: type a note saying why {code} may ship, then press Enter.</source>
        <translation>{sku} memiliki tanda pemblokir: ketik catatan mengapa {code} boleh dikirim, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="141"/>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="108"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="358"/>
        <source>The two best suggestions differ in the {fact}: {q} Press 1 or 2: {choices}; O for another code.</source>
        <translation>Dua saran terbaik berbeda pada {fact}: {q} Tekan 1 atau 2: {choices}; O untuk kode lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_page.py" line="439"/>
        <source>Type your name in Reviewer first: every decision records who took it.</source>
        <translation>Ketik dulu nama Anda di Peninjau: setiap keputusan mencatat siapa yang mengambilnya.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../app/gui/rules_page.py" line="40"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="40"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="41"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="41"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="42"/>
        <source>Markets</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="42"/>
        <source>Items flagged</source>
        <translation>Barang ditandai</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../app/gui/rules_page.py" line="102"/>
        <source>All markets</source>
        <translation>Semua pasar</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="106"/>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="112"/>
        <source>Market:</source>
        <translation>Pasar:</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="114"/>
        <source>Severity:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="131"/>
        <source>Select a rule to see its trigger, reason and source.</source>
        <translation>Pilih aturan untuk melihat pemicu, alasan, dan sumbernya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="136"/>
        <source>Thresholds</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="139"/>
        <source>Apply thresholds</source>
        <translation>Terapkan ambang</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="144"/>
        <source>Reset to default</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="145"/>
        <source>Undo your adjustments to this rule: it works as its rule file says again</source>
        <translation>Batalkan penyesuaian Anda pada aturan ini: aturan kembali bekerja seperti tertulis di berkas aturannya</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="187"/>
        <source>Checking the rules</source>
        <translation>Memeriksa aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="194"/>
        <source>Check your rules.toml: {w}</source>
        <translation>Periksa rules.toml Anda: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="196"/>
        <source>Reading the rules</source>
        <translation>Membaca aturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="220"/>
        <source>{shown} of {total} rules shown, {on} on</source>
        <translation>{shown} dari {total} aturan ditampilkan, {on} aktif</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="241"/>
        <source>Severity: {s}</source>
        <translation>Tingkat: {s}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="242"/>
        <source>Markets: {m}</source>
        <translation>Pasar: {m}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="242"/>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="243"/>
        <source>Trigger: {t}</source>
        <translation>Pemicu: {t}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="244"/>
        <source>Reason: {r}</source>
        <translation>Alasan: {r}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="245"/>
        <source>Source: {s}</source>
        <translation>Sumber: {s}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="246"/>
        <source>Last checked: {d}</source>
        <translation>Terakhir diperiksa: {d}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="247"/>
        <source>Items it flags now: {n}</source>
        <translation>Barang yang ditandai sekarang: {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="249"/>
        <source>The fact behind this rule is not confirmed, so it asks for review and never blocks.</source>
        <translation>Fakta di balik aturan ini belum dipastikan, jadi aturan ini hanya meminta tinjauan dan tidak pernah memblokir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="251"/>
        <source>This rule is switched off.</source>
        <translation>Aturan ini dimatikan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="253"/>
        <source>You adjusted this rule (Reset to default undoes it).</source>
        <translation>Anda telah menyesuaikan aturan ini (Kembalikan ke bawaan membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="293"/>
        <source>Saving {rule} and re-flagging the items…</source>
        <translation>Menyimpan {rule} dan menandai ulang barang…</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="306"/>
        <source>{rule} saved. {n} items changed: {q} now wait for review, {r} decided items are back in the queue, {f} no longer wait.</source>
        <translation>{rule} disimpan. {n} barang berubah: {q} kini menunggu tinjauan, {r} barang yang sudah diputuskan kembali ke antrean, {f} tidak lagi menunggu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/rules_page.py" line="311"/>
        <source>Updating rule {rule}</source>
        <translation>Memperbarui aturan {rule}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="56"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="68"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="70"/>
        <source>Ask for review below confidence</source>
        <translation>Minta tinjauan di bawah keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="74"/>
        <source>Target markets</source>
        <translation>Pasar tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="88"/>
        <location filename="../../app/gui/settings_dialog.py" line="93"/>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="93"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="93"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="96"/>
        <source>Documents and appearance</source>
        <translation>Dokumen dan tampilan</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="98"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="99"/>
        <source>Language (after a restart)</source>
        <translation>Bahasa (setelah dibuka ulang)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="100"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="104"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="109"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="112"/>
        <source>The database, models and printed documents live here. A new folder is used from the next start.</source>
        <translation>Basis data, model, dan dokumen cetak disimpan di sini. Folder baru dipakai mulai pembukaan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="124"/>
        <source>Company profile and first-start assistant…</source>
        <translation>Profil perusahaan dan asisten mulai pertama…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="179"/>
        <source>Choose at least one market.</source>
        <translation>Pilih setidaknya satu pasar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="184"/>
        <source>The shipped model has no measurements to say what this threshold means.</source>
        <translation>Model bawaan tidak memiliki hasil pengukuran untuk menjelaskan arti ambang ini.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="185"/>
        <source>At {t:.0%}, the shipped model settles about {c} of items without review, and about {e} of those are wrong (measured on {n} held-out starter titles, {k} of which reach this threshold). A higher threshold sends more items to review and lets fewer mistakes through; flags for restricted goods apply whatever the threshold.</source>
        <translation>Pada {t:.0%}, model bawaan menyelesaikan sekitar {c} barang tanpa tinjauan, dan sekitar {e} di antaranya salah (diukur pada {n} judul awal yang tidak dipakai untuk pelatihan, {k} di antaranya mencapai ambang ini). Ambang yang lebih tinggi mengirim lebih banyak barang ke tinjauan dan meloloskan lebih sedikit kesalahan; tanda untuk barang terbatas tetap berlaku berapa pun ambangnya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="194"/>
        <source>The rules cannot be read: {problem}</source>
        <translation>Aturan tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="198"/>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="214"/>
        <source>Borderline cannot keep its data in {folder}: {why}. Choose another folder.</source>
        <translation>Borderline tidak dapat menyimpan datanya di {folder}: {why}. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="243"/>
        <source>Saving the settings</source>
        <translation>Menyimpan pengaturan</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="146"/>
        <source>Terms</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="101"/>
        <source>Invoice no.</source>
        <translation>No. faktur</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="46"/>
        <source>Shipment: commercial invoice and packing list</source>
        <translation>Pengiriman: faktur komersial dan daftar kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="49"/>
        <source>Seller / exporter (your profile)</source>
        <translation>Penjual / eksportir (profil Anda)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="51"/>
        <source>Buyer / sold to</source>
        <translation>Pembeli / dijual kepada</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="52"/>
        <source>The buyer is the consignee</source>
        <translation>Pembeli adalah penerima</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="62"/>
        <source>Indonesia: NPWP or NIK</source>
        <translation>Indonesia: NPWP atau NIK</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="63"/>
        <source>Required for Indonesia: the consignee&apos;s NPWP, NIK or passport number, printed on the invoice</source>
        <translation>Wajib untuk Indonesia: NPWP, NIK, atau nomor paspor penerima, dicetak pada invoice</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="90"/>
        <source>Print the ATIGA preferential origin declaration</source>
        <translation>Cetak deklarasi asal preferensial ATIGA</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="91"/>
        <source>Consolidate invoice lines by HS code and origin</source>
        <translation>Gabungkan baris faktur berdasarkan kode HS dan asal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="94"/>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="101"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="102"/>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="102"/>
        <source>Incoterm 2020</source>
        <translation>Incoterm 2020</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="103"/>
        <source>Named place</source>
        <translation>Tempat yang disebut</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="103"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="104"/>
        <source>Reason for export</source>
        <translation>Alasan ekspor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="104"/>
        <source>Export type</source>
        <translation>Jenis ekspor</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="105"/>
        <source>Air waybill no.</source>
        <translation>No. air waybill</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="105"/>
        <source>Order / PO ref.</source>
        <translation>Ref. pesanan / PO</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="107"/>
        <source>Freight</source>
        <translation>Ongkos angkut</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="107"/>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="108"/>
        <source>Other charges</source>
        <translation>Biaya lain</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="108"/>
        <source>Shipping marks</source>
        <translation>Marka pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="109"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="110"/>
        <source>ATIGA exporter code</source>
        <translation>Kode eksportir ATIGA</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="111"/>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="112"/>
        <source>Signatory title</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="120"/>
        <location filename="../../app/gui/shipment_dialog.py" line="185"/>
        <location filename="../../app/gui/shipment_dialog.py" line="191"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="144"/>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="145"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="147"/>
        <source>Packages</source>
        <translation>Kemasan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="149"/>
        <source>Documents refused: these items need a decision first</source>
        <translation>Dokumen ditolak: barang-barang ini perlu diputuskan dulu</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="151"/>
        <source>Open in review</source>
        <translation>Buka di tinjauan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="162"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="163"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="164"/>
        <source>Export lines…</source>
        <translation>Ekspor baris…</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="185"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="205"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="206"/>
        <source>Line {n}, SKU {sku}, {field}: {q} {unit}</source>
        <translation>Baris {n}, SKU {sku}, {field}: {q} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="208"/>
        <source>These quantities are not whole numbers:

{lines}

Goods counted in pieces, sets or pairs ship in whole numbers; only units of weight, length, area or volume (kg, m, m², l…) take decimals. Correct the quantity, or give the item such a unit in the catalogue.</source>
        <translation>Jumlah berikut bukan bilangan bulat:

{lines}

Barang yang dihitung per buah, set atau pasang dikirim dalam bilangan bulat; hanya satuan berat, panjang, luas atau volume (kg, m, m², l…) yang boleh desimal. Perbaiki jumlahnya, atau beri barang itu satuan seperti itu di katalog.</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="218"/>
        <source>Quantities must be whole numbers</source>
        <translation>Jumlah harus bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_dialog.py" line="50"/>
        <source>Consignee</source>
        <translation>Penerima</translation>
    </message>
</context>
<context>
    <name>ShipmentFlow</name>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="80"/>
        <source>Reading the catalogue</source>
        <translation>Membaca katalog</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="81"/>
        <source>Shipment not opened</source>
        <translation>Pengiriman tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="129"/>
        <location filename="../../app/gui/shipment_flow.py" line="141"/>
        <source>Updating the address book</source>
        <translation>Memperbarui buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="130"/>
        <source>Address book entry {name} updated</source>
        <translation>Entri buku alamat {name} diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="132"/>
        <source>Address book entry not updated</source>
        <translation>Entri buku alamat tidak diperbarui</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="142"/>
        <source>Removed from the address book</source>
        <translation>Dihapus dari buku alamat</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="143"/>
        <source>Address book entry not removed</source>
        <translation>Entri buku alamat tidak dihapus</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="156"/>
        <source>The shipment is incomplete</source>
        <translation>Data pengiriman belum lengkap</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="176"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="176"/>
        <source>revision {r}</source>
        <translation>revisi {r}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="177"/>
        <source>Shipment {n} saved ({what})</source>
        <translation>Pengiriman {n} tersimpan ({what})</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="179"/>
        <source>Saving the shipment</source>
        <translation>Menyimpan pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="180"/>
        <source>Shipment not saved</source>
        <translation>Pengiriman tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="195"/>
        <source>Printing documents</source>
        <translation>Mencetak dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="197"/>
        <location filename="../../app/gui/shipment_flow.py" line="208"/>
        <location filename="../../app/gui/shipment_flow.py" line="242"/>
        <source>Documents not printed</source>
        <translation>Dokumen tidak dicetak</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="206"/>
        <source>Reprinting documents</source>
        <translation>Mencetak ulang dokumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="217"/>
        <source>Blocking flags were cleared</source>
        <translation>Tanda pemblokiran telah dibersihkan</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="218"/>
        <source>These items carry a blocking flag for {dest} that a reviewer cleared:

{items}

Print the documents for {dest} anyway?</source>
        <translation>Barang berikut membawa tanda pemblokiran untuk {dest} yang telah dibersihkan peninjau:

{items}

Tetap cetak dokumen untuk {dest}?</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="242"/>
        <source>These items need a decision first:
{items}</source>
        <translation>Barang-barang ini perlu diputuskan dulu:
{items}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="249"/>
        <source>Invoice and packing list saved in {dir} (revision {r}). Check: {w}</source>
        <translation>Faktur dan daftar kemasan disimpan di {dir} (revisi {r}). Periksa: {w}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="252"/>
        <source>Invoice and packing list saved in {dir} (revision {r}).</source>
        <translation>Faktur dan daftar kemasan disimpan di {dir} (revisi {r}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="260"/>
        <source>Export lines for the carrier</source>
        <translation>Ekspor baris untuk jasa pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="279"/>
        <source>Wrote {n} lines to {path}</source>
        <translation>{n} baris ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="281"/>
        <source>Exporting shipment lines</source>
        <translation>Mengekspor baris pengiriman</translation>
    </message>
    <message>
        <location filename="../../app/gui/shipment_flow.py" line="282"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
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
        <location filename="../../app/gui/startup.py" line="95"/>
        <source>it is not a full path (it must start at a drive or at /)</source>
        <translation>itu bukan path lengkap (harus dimulai dari drive atau dari /)</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="96"/>
        <source>it is a file, not a folder</source>
        <translation>itu sebuah file, bukan folder</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="97"/>
        <source>the drive or folder it belongs in is not there (is the drive connected?)</source>
        <translation>drive atau folder tempatnya tidak ada (apakah drive-nya tersambung?)</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="98"/>
        <source>the folder cannot be created there ({reason})</source>
        <translation>folder tidak dapat dibuat di sana ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="99"/>
        <source>Borderline cannot write in it ({reason})</source>
        <translation>Borderline tidak dapat menulis di dalamnya ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="101"/>
        <source>it cannot be used ({reason})</source>
        <translation>folder itu tidak dapat dipakai ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="122"/>
        <source>Borderline keeps its data in {folder}, the folder chosen in Settings, but {why}.

If it is on a drive that is not connected, quit, connect the drive and start Borderline again. Or open the default folder {default} instead: this time only (Settings keeps your folder), or from now on.</source>
        <translation>Borderline menyimpan datanya di {folder}, folder yang dipilih di Pengaturan, tetapi {why}.

Jika folder itu ada di drive yang tidak tersambung, keluar, sambungkan drive-nya, lalu jalankan Borderline lagi. Atau buka folder bawaan {default} sebagai gantinya: kali ini saja (Pengaturan tetap menyimpan folder Anda), atau mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="127"/>
        <location filename="../../app/gui/startup.py" line="181"/>
        <source>The data folder cannot be used</source>
        <translation>Folder data tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="128"/>
        <source>Use the default folder this time</source>
        <translation>Pakai folder bawaan kali ini</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="129"/>
        <source>Use the default folder from now on</source>
        <translation>Pakai folder bawaan mulai sekarang</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="130"/>
        <location filename="../../app/gui/startup.py" line="142"/>
        <location filename="../../app/gui/startup.py" line="155"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="136"/>
        <source>Borderline checks every item against its flagging rules, and a rule file has a mistake:

{problem}

Nothing is flagged until the rules can be read. Correct the file in a text editor (rules.toml is in the data folder), then press Try again.</source>
        <translation>Borderline memeriksa setiap barang dengan aturan penandaannya, dan sebuah file aturan berisi kesalahan:

{problem}

Tidak ada yang ditandai sampai aturan dapat dibaca. Perbaiki file itu di editor teks (rules.toml ada di folder data), lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="139"/>
        <source>The flagging rules cannot be read</source>
        <translation>Aturan penandaan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="140"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="141"/>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="149"/>
        <source>Borderline is already running with the data folder {folder} (process {pid}). Switch to that window, or close it first.</source>
        <translation>Borderline sudah berjalan dengan folder data {folder} (proses {pid}). Beralihlah ke jendela itu, atau tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="151"/>
        <source>Borderline is already running with the data folder {folder}. Switch to that window, or close it first.</source>
        <translation>Borderline sudah berjalan dengan folder data {folder}. Beralihlah ke jendela itu, atau tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="177"/>
        <source>The data folder is now the default folder {default}.</source>
        <translation>Folder data sekarang adalah folder bawaan {default}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="178"/>
        <source>This time the data is in the default folder {default}: {folder} cannot be used ({why}). Settings still names {folder}.</source>
        <translation>Kali ini data ada di folder bawaan {default}: {folder} tidak dapat dipakai ({why}). Pengaturan masih menyebut {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.py" line="182"/>
        <source>Borderline cannot keep its data in {folder}: {why}.</source>
        <translation>Borderline tidak dapat menyimpan datanya di {folder}: {why}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../app/gui/review_panes.py" line="170"/>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="171"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="171"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="171"/>
        <location filename="../../app/gui/review_panes.py" line="180"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="171"/>
        <location filename="../../app/gui/review_panes.py" line="183"/>
        <source>Subheading (heading)</source>
        <translation>Subpos (pos)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review_panes.py" line="225"/>
        <source>Decide this first ({fact}): {q} Press 1 or 2: {choices}; O for another code.</source>
        <translation>Tentukan ini dulu ({fact}): {q} Tekan 1 atau 2: {choices}; O untuk kode lain.</translation>
    </message>
</context>
</TS>
