// A kill switch inside SQLite's file I/O, for the crash harness (tst_crash.cpp): loaded into a child
// process with LD_PRELOAD, it registers itself as SQLite's default VFS, wrapping "unix", and counts
// every xWrite, xSync and xTruncate on every file (database, write-ahead log, journal).
//
//   CRM_AGENT_CRASH_AT=N       the process kills itself with SIGKILL at the N-th such call, before
//                              the call reaches the file (so it is the state after N - 1 calls);
//                              0 or unset: never.
//   CRM_AGENT_CRASH_COUNT=FILE the number of calls made is written to FILE when the process exits
//                              normally (the parent's calibration run: how many kill points a kind has).
//
// Nothing of the application knows about it; the system libsqlite3 (which Qt's QSQLITE plugin uses
// on Debian) is the one wrapped.

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

sqlite3_vfs g_vfs;
sqlite3_vfs *g_real = nullptr;
sqlite3_io_methods g_methods;
std::atomic<long long> g_calls{0};
long long g_crashAt = 0;
const char *g_countFile = nullptr;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;   // follows this struct in the same allocation
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

void countCall()
{
    const long long n = ++g_calls;
    if (g_crashAt > 0 && n == g_crashAt)
        std::raise(SIGKILL);
}

int shimClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}
int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    countCall();
    sqlite3_file *real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    countCall();
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}
int shimSync(sqlite3_file *file, int flags)
{
    countCall();
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}
int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}
int shimLock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, lock);
}
int shimUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}
int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}
int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}
int shimSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}
int shimDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}
int shimShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, page, size, extend, out);
}
int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void shimShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}
int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, out);
}
int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, page);
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->real->pMethods = nullptr;
    file->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods) {
        // The methods "unix" gives every file are one table: its version decides which of ours exist.
        if (g_methods.iVersion == 0) {
            const sqlite3_io_methods *real = shim->real->pMethods;
            g_methods.iVersion = real->iVersion;
            g_methods.xClose = shimClose;
            g_methods.xRead = shimRead;
            g_methods.xWrite = shimWrite;
            g_methods.xTruncate = shimTruncate;
            g_methods.xSync = shimSync;
            g_methods.xFileSize = shimFileSize;
            g_methods.xLock = shimLock;
            g_methods.xUnlock = shimUnlock;
            g_methods.xCheckReservedLock = shimCheckReservedLock;
            g_methods.xFileControl = shimFileControl;
            g_methods.xSectorSize = shimSectorSize;
            g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
            if (real->iVersion >= 2) {
                g_methods.xShmMap = shimShmMap;
                g_methods.xShmLock = shimShmLock;
                g_methods.xShmBarrier = shimShmBarrier;
                g_methods.xShmUnmap = shimShmUnmap;
            }
            if (real->iVersion >= 3) {
                g_methods.xFetch = shimFetch;
                g_methods.xUnfetch = shimUnfetch;
            }
        }
        file->pMethods = &g_methods;
    }
    return rc;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void shimDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void shimDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int shimSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError(g_real, size, out);
}
int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}
int shimSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}
sqlite3_syscall_ptr shimGetSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xGetSystemCall(g_real, name);
}
const char *shimNextSystemCall(sqlite3_vfs *, const char *name)
{
    return g_real->xNextSystemCall(g_real, name);
}

void writeCount()
{
    if (!g_countFile)
        return;
    if (FILE *out = std::fopen(g_countFile, "w")) {
        std::fprintf(out, "%lld\n", g_calls.load());
        std::fclose(out);
    }
}

__attribute__((constructor)) void installCrashVfs()
{
    const char *at = std::getenv("CRM_AGENT_CRASH_AT");
    g_crashAt = at ? std::atoll(at) : 0;
    g_countFile = std::getenv("CRM_AGENT_CRASH_COUNT");
    g_real = sqlite3_vfs_find("unix");
    if (!g_real)
        return;
    g_vfs = *g_real;
    g_vfs.zName = "crm-crash";
    g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
    g_vfs.pAppData = nullptr;
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = shimOpen;
    g_vfs.xDelete = shimDelete;
    g_vfs.xAccess = shimAccess;
    g_vfs.xFullPathname = shimFullPathname;
    g_vfs.xDlOpen = shimDlOpen;
    g_vfs.xDlError = shimDlError;
    g_vfs.xDlSym = shimDlSym;
    g_vfs.xDlClose = shimDlClose;
    g_vfs.xRandomness = shimRandomness;
    g_vfs.xSleep = shimSleep;
    g_vfs.xCurrentTime = shimCurrentTime;
    g_vfs.xGetLastError = shimGetLastError;
    if (g_real->iVersion >= 2)
        g_vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    if (g_real->iVersion >= 3) {
        g_vfs.xSetSystemCall = shimSetSystemCall;
        g_vfs.xGetSystemCall = shimGetSystemCall;
        g_vfs.xNextSystemCall = shimNextSystemCall;
    }
    if (sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK)
        std::atexit(writeCount);
}

} // namespace
