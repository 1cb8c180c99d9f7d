// libFuzzer target for the CSV import's reading side (issue 13): the CSV reader in both encodings
// and every delimiter, the preview's sniffing, the header mapping (and its saved form) and the row
// mapper with the form's checks. Any crash, sanitizer report, hang or unbounded growth is a finding.
//
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCRM_AGENT_FUZZ=ON
//   cmake --build build-fuzz --target fuzz_import
//   build-fuzz/tests/fuzz/fuzz_import -max_total_time=600 tests/fuzz/corpus

#include "csvreader.h"
#include "importlookup.h"
#include "importmapping.h"
#include "importpreview.h"
#include "importrowmapper.h"
#include "textencoding.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the reader's delimiter, encoding and field limit; the rest is the file.
    const uint8_t options = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const char delimiters[] = {',', ';', '\t', '|'};
    const char delimiter = delimiters[options & 3];
    const TextEncoding encoding = (options & 4) ? TextEncoding::Windows1251 : TextEncodings::detect(bytes);

    (void)ImportPreview::fromBytes(bytes, 5);
    ImportMapping saved;
    (void)ImportMapping::fromString(QString::fromUtf8(bytes.left(256)), &saved);

    static const ImportLookup lookup = [] {
        ImportLookup names;
        names.addReference(ReferenceKind::Campaign, 1, QStringLiteral("Spring"));
        names.addReference(ReferenceKind::SellingDirection, 2, QStringLiteral("Cloud"));
        names.addContact(3, QStringLiteral("Иван"), QStringLiteral("Петров"));
        names.addEmployee(4, QStringLiteral("anna"), QStringLiteral("Анна"));
        return names;
    }();

    {
        // Read from a device (in chunks, as the import reads a file) or from memory: the same records.
        QByteArray copy = bytes;
        QBuffer device(&copy);
        device.open(QIODevice::ReadOnly);
        CsvReader streamed(&device, delimiter);
        CsvReader whole(bytes, delimiter);
        QStringList a, b;
        for (int i = 0; i < 1000; ++i) {
            const bool moreA = streamed.readRecord(&a);
            const bool moreB = whole.readRecord(&b);
            if (moreA != moreB || a != b || streamed.lineNumber() != whole.lineNumber()
                || streamed.recordHadNul() != whole.recordHadNul() || streamed.errorString() != whole.errorString())
                __builtin_trap();
            if (!moreA)
                break;
        }
    }

    CsvReader reader(bytes, delimiter);
    reader.setEncoding(encoding);
    reader.setMaxFieldSize((options & 8) ? 16 : 4096);
    QStringList record;
    if (!reader.readRecord(&record))
        return 0;
    ImportMapping mapping = ImportMapping::guess(record);
    if (options & 16) {
        // Every column mapped, in field order, whatever the header says.
        for (int column = 0; column < record.size() && column < LeadFieldCount; ++column)
            mapping.setField(column, static_cast<LeadField>(column));
    }
    (void)ImportMapping::fromString(mapping.toString(), &saved);
    ImportRowMapper mapper(mapping, &lookup);
    if (options & 32)
        mapper.setDefaultSource(LeadSource::Call);
    mapper.setExpectedFieldCount(int(record.size()));
    int rows = 0;
    while (reader.readRecord(&record) && ++rows < 1000) {
        const ImportRow row = mapper.map(record);
        if (row.ok() && row.lead.name.isEmpty())
            __builtin_trap();   // a lead without a name must never pass
    }
    return 0;
}
