#include "exportchunk.h"

void ExportChunk::clear()
{
    ints.clear();
    text.clear();
    ends.clear();
    rows = 0;
    last = false;
    error.clear();
}
