#include "leadlistquery.h"

#include <QJsonArray>

namespace {

// Characters that the FTS5 unicode61 tokenizer keeps inside a token: letters, numbers,
// combining marks and private-use characters. Everything else separates tokens.
bool isTokenChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return true;
    return QChar::category(c) == QChar::Other_PrivateUse;
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(QString::number(id));   // as text: JSON numbers lose precision above 2^53
    return array;
}

QList<qint64> idsFromJson(const QJsonValue &value)
{
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        bool ok = false;
        const qint64 id = item.isString() ? item.toString().toLongLong(&ok) : qint64(item.toDouble(-1));
        if (item.isString() ? ok && id >= 0 : id >= 0)
            ids.append(id);
    }
    return ids;
}

} // namespace

bool LeadListQuery::isUnfiltered() const
{
    return states.isEmpty() && sources.isEmpty() && ownerIds.isEmpty() && sellingDirectionIds.isEmpty()
           && campaignIds.isEmpty() && createdFrom.isNull() && createdTo.isNull() && !onlyMine && !hasSearch();
}

QList<QStringList> LeadListQuery::searchWords(const QString &text)
{
    QList<QStringList> words;
    const QList<uint> codePoints = text.toUcs4();
    QStringList tokens;
    QString token;
    int tokenLength = 0;
    const auto endToken = [&] {
        if (!token.isEmpty())
            tokens.append(token);
        token.clear();
        tokenLength = 0;
    };
    const auto endWord = [&] {
        endToken();
        if (!tokens.isEmpty() && words.size() < MaxSearchWords)
            words.append(tokens);
        tokens.clear();
    };
    for (uint cp : codePoints) {
        const auto c = static_cast<char32_t>(cp);
        if (QChar::isSpace(c)) {
            endWord();
        } else if (isTokenChar(c)) {
            if (tokenLength < MaxSearchTokenLength) {
                token.append(QString::fromUcs4(&c, 1));
                ++tokenLength;
            }
        } else {
            endToken();
        }
        if (words.size() >= MaxSearchWords)
            break;
    }
    endWord();
    return words;
}

QString LeadListQuery::ftsMatchExpression(const QString &text)
{
    QStringList phrases;
    for (const QStringList &tokens : searchWords(text)) {
        // Tokens hold letters, digits and marks only, so no quote can appear inside; double any
        // quote all the same, as FTS5 strings require.
        QString phrase = tokens.join(u' ');
        phrase.replace(u'"', QLatin1String("\"\""));
        phrases.append(u'"' + phrase + QLatin1String("\"*"));
    }
    return phrases.join(u' ');
}

QJsonObject LeadListQuery::toJson() const
{
    QJsonObject json;
    QJsonArray stateCodes;
    for (LeadState state : states)
        stateCodes.append(LeadStates::code(state));
    QJsonArray sourceCodes;
    for (LeadSource source : sources)
        sourceCodes.append(LeadSources::code(source));
    json.insert(QStringLiteral("states"), stateCodes);
    json.insert(QStringLiteral("sources"), sourceCodes);
    json.insert(QStringLiteral("owners"), idsToJson(ownerIds));
    json.insert(QStringLiteral("sellingDirections"), idsToJson(sellingDirectionIds));
    json.insert(QStringLiteral("campaigns"), idsToJson(campaignIds));
    if (createdFrom.isValid())
        json.insert(QStringLiteral("createdFrom"), createdFrom.toString(Qt::ISODate));
    if (createdTo.isValid())
        json.insert(QStringLiteral("createdTo"), createdTo.toString(Qt::ISODate));
    json.insert(QStringLiteral("mine"), onlyMine);
    json.insert(QStringLiteral("search"), searchText);
    json.insert(QStringLiteral("sort"), LeadListColumns::code(sortColumn));
    json.insert(QStringLiteral("order"), sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    return json;
}

LeadListQuery LeadListQuery::fromJson(const QJsonObject &json)
{
    LeadListQuery query;
    for (const QJsonValue &value : json.value(QStringLiteral("states")).toArray()) {
        LeadState state;
        if (LeadStates::fromCode(value.toString(), &state) && !query.states.contains(state))
            query.states.append(state);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("sources")).toArray()) {
        LeadSource source;
        if (LeadSources::fromCode(value.toString(), &source) && !query.sources.contains(source))
            query.sources.append(source);
    }
    query.ownerIds = idsFromJson(json.value(QStringLiteral("owners")));
    query.sellingDirectionIds = idsFromJson(json.value(QStringLiteral("sellingDirections")));
    query.campaignIds = idsFromJson(json.value(QStringLiteral("campaigns")));
    query.createdFrom = QDate::fromString(json.value(QStringLiteral("createdFrom")).toString(), Qt::ISODate);
    query.createdTo = QDate::fromString(json.value(QStringLiteral("createdTo")).toString(), Qt::ISODate);
    query.onlyMine = json.value(QStringLiteral("mine")).toBool();
    query.searchText = json.value(QStringLiteral("search")).toString();
    LeadListColumn column;
    if (LeadListColumns::fromCode(json.value(QStringLiteral("sort")).toString(), &column))
        query.sortColumn = column;
    const QString order = json.value(QStringLiteral("order")).toString();
    if (order == QLatin1String("asc"))
        query.sortOrder = Qt::AscendingOrder;
    else if (order == QLatin1String("desc"))
        query.sortOrder = Qt::DescendingOrder;
    return query;
}
