#pragma once

#include "core_global.h"

#include <QByteArray>
#include <QString>

namespace sb {

// Where a workbook file lives decides how SQLite may journal it: WAL needs shared memory that
// network file systems do not provide reliably, so anything not known to be a local disk is
// treated as shared storage and gets the rollback journal.
enum class FileSystemKind { Local, Network };

struct FileSystemInfo
{
    FileSystemKind kind = FileSystemKind::Network;
    QString typeName; // as the OS names it: "ext4", "nfs4", "cifs", "NTFS", ...
};

// Classifies a file-system type name. Unknown names count as network: the safe side.
SB_CORE_EXPORT FileSystemKind classifyFileSystemType(const QByteArray &typeName);

// Looks at the folder that holds `path` (the file may not exist yet).
SB_CORE_EXPORT FileSystemInfo detectFileSystem(const QString &path);

} // namespace sb
