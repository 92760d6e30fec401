#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace sb {

// Pass as expected version to say "whatever the current version is" (scripts that did not
// read first). The desktop program always names the version it read.
inline constexpr int AnyVersion = -1;

struct RecordRef
{
    qint64 id = 0;
    QString humanId;
    int version = 0;
};

struct Record
{
    qint64 id = 0;
    QString type;
    QString humanId;
    QString title;
    QString state;
    QString owner;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    int version = 0;
    QVariantMap fields; // the typed fields; a missing or null entry means no value

    QVariant value(const QString &name) const
    {
        if (name == QLatin1String("title"))
            return title;
        if (name == QLatin1String("state"))
            return state;
        if (name == QLatin1String("owner"))
            return owner.isEmpty() ? QVariant() : QVariant(owner);
        return fields.value(name);
    }
};

struct LinkInfo
{
    qint64 linkId = 0;
    QString kind;
    QString label; // as seen from the record asked about: "uses" or "used by"
    bool outgoing = true;
    qint64 otherId = 0;
    QString otherHumanId;
    QString otherType;
    QString otherTitle;
    QString otherState;
    QString createdAt;
    QString createdBy;
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    QString sha256;
    qint64 size = 0;
    QString addedAt;
    QString addedBy;
};

// An update written on a record: told to the customer, or an internal work note.
struct NoteInfo
{
    qint64 id = 0;
    bool customerVisible = false;
    QString body;
    QString addedAt;
    QString addedBy;
};

} // namespace sb
