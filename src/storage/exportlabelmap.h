#pragma once

#include <QByteArray>

#include <unordered_map>
#include <utility>
#include <vector>

// Reference names by id for an export, encoded once: a flat table when the ids are dense, else a hash.
// insert() every entry, then finish(), then find().
class ExportLabelMap
{
public:
    void insert(qint64 id, QByteArray name);
    void finish();
    // Null for an unknown id.
    const QByteArray *find(qint64 id) const;

private:
    std::vector<std::pair<qint64, QByteArray>> m_pending;
    std::vector<QByteArray> m_table;
    std::unordered_map<qint64, QByteArray> m_hash;
    bool m_dense = true;
};
