#include "exportchunkqueue.h"

void ExportChunkQueue::push(ExportChunk *chunk)
{
    {
        std::lock_guard lock(m_mutex);
        m_items.push_back(chunk);
    }
    m_ready.notify_one();
}

ExportChunk *ExportChunkQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return !m_items.empty() || m_closed; });
    if (m_items.empty())
        return nullptr;
    ExportChunk *chunk = m_items.front();
    m_items.pop_front();
    return chunk;
}

void ExportChunkQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}
