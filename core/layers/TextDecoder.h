#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace territoire {

// Turns the raw bytes of a text attribute into a QString. Used for sources whose driver does
// not recode to UTF-8 itself (a shapefile without .cpg, CSV files): the encoding is either
// declared (by the user or the source) or detected: valid UTF-8 is read as UTF-8, anything else
// as Windows-1252, the de-facto default of French data. Once a non-ASCII value has decided the
// encoding it sticks for the whole layer, unless a later value cannot be UTF-8.
class TextDecoder
{
public:
    // encoding: "UTF-8", "CP1252", "windows-1252", "ISO-8859-15", ... or empty to detect.
    explicit TextDecoder(const QString &encoding = {});

    QString decode(const char *bytes) const;
    QString decode(const QByteArray &bytes) const;

    // The encoding in use ("UTF-8", "windows-1252"), or empty while nothing decided it.
    QString encoding() const;
    bool isDeclared() const { return m_declared; }
    // False when the declared encoding is unknown to Qt (then detection is used).
    bool isValid() const { return m_valid; }

    // Normalises encoding names from .cpg files and users ("1252", "UTF8", "LATIN1").
    static QString normaliseName(const QString &name);
    static bool isValidUtf8(const QByteArray &bytes);
    static QString fromWindows1252(const QByteArray &bytes);

private:
    enum class Mode { Undecided, Utf8, Windows1252, Named };
    mutable Mode m_mode = Mode::Undecided;
    bool m_declared = false;
    bool m_valid = true;
    QString m_name;
};

} // namespace territoire
