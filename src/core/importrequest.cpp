#include "importrequest.h"

#include "codetable.h"

namespace {

constexpr CodeEntry<ImportDuplicateMode> Modes[] = {
    {ImportDuplicateMode::Skip, "skip", QT_TRANSLATE_NOOP("ImportDuplicateModes", "Skip likely duplicates")},
    {ImportDuplicateMode::Flag, "flag", QT_TRANSLATE_NOOP("ImportDuplicateModes", "Import and flag them for review")},
    {ImportDuplicateMode::Import, "import", QT_TRANSLATE_NOOP("ImportDuplicateModes", "Import them as any other row")},
};

} // namespace

QString ImportDuplicateModes::code(ImportDuplicateMode mode)
{
    return CodeTable::code(Modes, mode);
}

bool ImportDuplicateModes::fromCode(const QString &code, ImportDuplicateMode *mode)
{
    return CodeTable::fromCode(Modes, code, mode);
}

QString ImportDuplicateModes::label(ImportDuplicateMode mode)
{
    return CodeTable::label(Modes, "ImportDuplicateModes", mode);
}
