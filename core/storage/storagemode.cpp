#include "storagemode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
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

#ifdef Q_OS_LINUX
namespace {
// The kernel's own answer, from statfs(2): it works where the mount table is not visible
// (containers, chroots), which QStorageInfo reads.
bool fromStatfs(const QString &probe, FileSystemInfo *info)
{
    struct statfs sf;
    if (::statfs(QFile::encodeName(probe).constData(), &sf) != 0)
        return false;
    struct Known
    {
        unsigned long magic;
        const char *name;
        FileSystemKind kind;
    };
    static const Known known[] = {
        {0xEF53, "ext2/3/4", FileSystemKind::Local},
        {0x58465342, "xfs", FileSystemKind::Local},
        {0x9123683E, "btrfs", FileSystemKind::Local},
        {0x2FC12FC1, "zfs", FileSystemKind::Local},
        {0xF2F52010, "f2fs", FileSystemKind::Local},
        {0x01021994, "tmpfs", FileSystemKind::Local},
        {0x858458F6, "ramfs", FileSystemKind::Local},
        {0x794C7630, "overlay", FileSystemKind::Local},
        {0x3153464A, "jfs", FileSystemKind::Local},
        {0x52654973, "reiserfs", FileSystemKind::Local},
        {0xCA451A4E, "bcachefs", FileSystemKind::Local},
        {0x4D44, "vfat", FileSystemKind::Local},
        {0x2011BAB0, "exfat", FileSystemKind::Local},
        {0x7366746E, "ntfs3", FileSystemKind::Local},
        {0x6969, "nfs", FileSystemKind::Network},
        {0x517B, "smb", FileSystemKind::Network},
        {0xFF534D42, "cifs", FileSystemKind::Network},
        {0xFE534D42, "smb2", FileSystemKind::Network},
        {0x65735546, "fuse", FileSystemKind::Network},
        {0x01021997, "9p", FileSystemKind::Network},
        {0x5346414F, "afs", FileSystemKind::Network},
        {0x6B414653, "kafs", FileSystemKind::Network},
        {0x00C36400, "ceph", FileSystemKind::Network},
        {0x73757245, "coda", FileSystemKind::Network},
        {0x564C, "ncp", FileSystemKind::Network},
    };
    const unsigned long type = static_cast<unsigned long>(sf.f_type) & 0xFFFFFFFFul;
    for (const Known &k : known) {
        if (k.magic == type) {
            info->kind = k.kind;
            info->typeName = QString::fromLatin1(k.name);
            return true;
        }
    }
    // Unknown to us: the safe side, with the number for whoever reads the reason.
    info->kind = FileSystemKind::Network;
    info->typeName = u"0x"_s + QString::number(type, 16);
    return true;
}
} // namespace
#endif

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

#ifdef Q_OS_LINUX
    if (fromStatfs(probe, &info))
        return info;
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
