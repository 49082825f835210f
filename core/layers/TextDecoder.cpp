#include "layers/TextDecoder.h"

#include <QStringConverter>

namespace territoire {

namespace {

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TextDecoder::TextDecoder(const QString &encoding)
{
    const QString name = normaliseName(encoding);
    if (name.isEmpty())
        return;
    m_declared = true;
    if (name == QLatin1String("UTF-8")) {
        m_mode = Mode::Utf8;
    } else if (name == QLatin1String("windows-1252")) {
        m_mode = Mode::Windows1252;
    } else {
        QStringDecoder probe(name.toLatin1().constData());
        if (probe.isValid()) {
            m_mode = Mode::Named;
            m_name = name;
        } else {
            m_declared = false;
            m_valid = false;
        }
    }
}

QString TextDecoder::normaliseName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QLatin1Char('"'));
    if (n.isEmpty())
        return {};
    if (n == QLatin1String("UTF-8") || n == QLatin1String("UTF8") || n == QLatin1String("65001"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("1252") || n == QLatin1String("CP1252")
        || n == QLatin1String("WINDOWS-1252") || n == QLatin1String("ANSI 1252")
        || n == QLatin1String("ANSI_1252") || n == QLatin1String("WIN1252"))
        return QStringLiteral("windows-1252");
    if (n == QLatin1String("LATIN1") || n == QLatin1String("ISO-8859-1")
        || n == QLatin1String("ISO88591") || n == QLatin1String("88591")
        || n == QLatin1String("8859-1"))
        return QStringLiteral("ISO-8859-1");
    if (n == QLatin1String("LATIN9") || n == QLatin1String("ISO-8859-15")
        || n == QLatin1String("885915") || n == QLatin1String("8859-15"))
        return QStringLiteral("ISO-8859-15");
    if (n.startsWith(QLatin1String("CP")) && n.mid(2).toInt() > 0)
        return QStringLiteral("windows-%1").arg(n.mid(2));
    if (n.toInt() >= 1250 && n.toInt() <= 1258)
        return QStringLiteral("windows-%1").arg(n);
    return name.trimmed();
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    // Qt without ICU: Latin-1 plus the 0x80-0x9F block where Windows-1252 differs.
    static const char16_t high[32]
        = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(b));
    }
    return text;
}

QString TextDecoder::decode(const char *bytes) const
{
    return bytes ? decode(QByteArray::fromRawData(bytes, int(qstrlen(bytes)))) : QString();
}

QString TextDecoder::decode(const QByteArray &bytes) const
{
    switch (m_mode) {
    case Mode::Utf8:
        if (m_declared || isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        // Detected UTF-8 so far, but this value cannot be: the layer is Windows-1252.
        m_mode = Mode::Windows1252;
        return fromWindows1252(bytes);
    case Mode::Windows1252:
        return fromWindows1252(bytes);
    case Mode::Named: {
        QStringDecoder decoder(m_name.toLatin1().constData());
        return decoder.decode(bytes);
    }
    case Mode::Undecided:
        break;
    }
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes)) {
        m_mode = Mode::Utf8;
        return QString::fromUtf8(bytes);
    }
    m_mode = Mode::Windows1252;
    return fromWindows1252(bytes);
}

QString TextDecoder::encoding() const
{
    switch (m_mode) {
    case Mode::Utf8:
        return QStringLiteral("UTF-8");
    case Mode::Windows1252:
        return QStringLiteral("windows-1252");
    case Mode::Named:
        return m_name;
    case Mode::Undecided:
        break;
    }
    return {};
}

} // namespace territoire
