#include "storagemode.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace sb {

FileSystemKind classifyFileSystemType(const QByteArray &typeName)
{
    // Local block-device and memory file systems on Linux, macOS, BSD and Windows. FUSE
    // (including fuseblk) is deliberately absent: its locking depends on the daemon behind it.
    static const char *const local[] = {
        "ext2",     "ext3",     "ext4",   "xfs",   "btrfs", "zfs",     "f2fs",      "jfs",
        "reiserfs", "bcachefs", "nilfs2", "tmpfs", "ramfs", "overlay", "overlayfs", "vfat",
        "msdos",    "exfat",    "ntfs3",  "apfs",  "hfs",   "hfsplus", "ufs",       "ffs",
        "hammer2",  "NTFS",     "ReFS",   "FAT",   "FAT32", "exFAT",
    };
    const QByteArray t = typeName.trimmed();
    for (const char *name : local) {
        if (t.compare(name, Qt::CaseInsensitive) == 0)
            return FileSystemKind::Local;
    }
    return FileSystemKind::Network;
}

FileSystemInfo detectFileSystem(const QString &path)
{
    FileSystemInfo info;
    QFileInfo fi(path);
    // The file may not exist yet: ask about the folder that will hold it.
    const QString probe = fi.exists() ? fi.absoluteFilePath() : fi.absolutePath();

#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(probe);
    if (native.startsWith(u"\\\\"_s)) {
        info.kind = FileSystemKind::Network;
        info.typeName = u"UNC"_s;
        return info;
    }
    const QString root = native.left(3);
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE) {
        info.kind = FileSystemKind::Network;
        info.typeName = u"remote drive"_s;
        return info;
    }
#endif

    QStorageInfo storage(probe);
    if (!storage.isValid()) {
        info.kind = FileSystemKind::Network;
        info.typeName = u"unknown"_s;
        return info;
    }
    const QByteArray type = storage.fileSystemType();
    info.typeName = QString::fromLatin1(type);
    info.kind = classifyFileSystemType(type);
    return info;
}

} // namespace sb
