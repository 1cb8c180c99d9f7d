#include "exportlabelmap.h"

#include <algorithm>

void ExportLabelMap::insert(qint64 id, QByteArray name)
{
    m_pending.emplace_back(id, std::move(name));
}

void ExportLabelMap::finish()
{
    qint64 maxId = 0;
    for (const auto &entry : m_pending)
        maxId = std::max(maxId, entry.first);
    m_dense = maxId >= 0 && maxId < qint64(m_pending.size()) * 4 + 1024;
    if (m_dense) {
        m_table.assign(static_cast<size_t>(maxId + 1), QByteArray());
        for (auto &entry : m_pending) {
            if (entry.first >= 0)
                m_table[static_cast<size_t>(entry.first)] = std::move(entry.second);
        }
    } else {
        for (auto &entry : m_pending)
            m_hash.emplace(entry.first, std::move(entry.second));
    }
    m_pending.clear();
    m_pending.shrink_to_fit();
}

const QByteArray *ExportLabelMap::find(qint64 id) const
{
    if (m_dense) {
        if (id < 0 || id >= qint64(m_table.size()))
            return nullptr;
        return &m_table[static_cast<size_t>(id)];
    }
    const auto it = m_hash.find(id);
    return it == m_hash.end() ? nullptr : &it->second;
}
