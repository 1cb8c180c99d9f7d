#include "leadlistview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray LeadListView::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("query"), query.toJson());
    QJsonArray columnCodes;
    for (LeadListColumn column : columns)
        columnCodes.append(LeadListColumns::code(column));
    json.insert(QStringLiteral("columns"), columnCodes);
    QJsonObject widthByCode;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        widthByCode.insert(LeadListColumns::code(it.key()), it.value());
    json.insert(QStringLiteral("widths"), widthByCode);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

LeadListView LeadListView::fromJson(const QByteArray &bytes)
{
    LeadListView view;
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    view.name = json.value(QStringLiteral("name")).toString();
    view.query = LeadListQuery::fromJson(json.value(QStringLiteral("query")).toObject());
    QList<LeadListColumn> columns;
    for (const QJsonValue &value : json.value(QStringLiteral("columns")).toArray()) {
        LeadListColumn column;
        if (LeadListColumns::fromCode(value.toString(), &column) && !columns.contains(column))
            columns.append(column);
    }
    if (!columns.isEmpty())
        view.columns = columns;
    const QJsonObject widthByCode = json.value(QStringLiteral("widths")).toObject();
    for (auto it = widthByCode.begin(); it != widthByCode.end(); ++it) {
        LeadListColumn column;
        const int width = it.value().toInt(0);
        if (LeadListColumns::fromCode(it.key(), &column) && width > 0 && width <= 5000)
            view.widths.insert(column, width);
    }
    return view;
}
