#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

struct ExportChunk;

// A bounded hand-over of chunks between the export's reader thread and its writing thread.
class ExportChunkQueue
{
public:
    void push(ExportChunk *chunk);
    // Waits for a chunk; null once closed and empty.
    ExportChunk *pop();
    // Wakes every waiter; pop() no longer waits.
    void close();

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<ExportChunk *> m_items;
    bool m_closed = false;
};
