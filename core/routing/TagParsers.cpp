#include "routing/TagParsers.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace territoire {

QString valueSourceName(ValueSource source)
{
    switch (source) {
    case ValueSource::OsmTag:
        return QStringLiteral("osm-tag");
    case ValueSource::Dem:
        return QStringLiteral("dem");
    case ValueSource::Default:
        return QStringLiteral("default");
    case ValueSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace TagParsers {

namespace {

// Lower case, trimmed, with typographic minus signs and decimal commas made plain.
QString normalized(const QString &raw)
{
    QString text = raw.trimmed().toLower();
    text.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    text.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    text.replace(QChar(0x2012), QLatin1Char('-')); // figure dash
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text;
}

void setProblem(ParseProblem *problem, const QString &message)
{
    if (problem)
        problem->message = message;
}

// Reads "<number><unit>" for slopes; returns the signed fraction.
std::optional<double> parseSlopeNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(%|°|º|deg|degree|degrees)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit.isEmpty() || unit == QLatin1String("%"))
        return number / 100.0;
    if (std::abs(number) >= 90.0)
        return std::nullopt;
    return std::tan(number * M_PI / 180.0);
}

} // namespace

Incline parseIncline(const QString &raw, ParseProblem *problem)
{
    Incline incline;
    const QString text = normalized(raw);
    if (text.isEmpty())
        return incline;
    if (text == QLatin1String("up")) {
        incline.direction = 1;
    } else if (text == QLatin1String("down")) {
        incline.direction = -1;
    } else if (text == QLatin1String("up/down") || text == QLatin1String("down/up")) {
        incline.rolling = true;
    } else if (text == QLatin1String("steep")) {
        incline.steep = true;
    } else if (text == QLatin1String("yes")) {
        // A slope of unknown size and direction.
    } else if (text == QLatin1String("no") || text == QLatin1String("flat")) {
        incline.fraction = 0.0;
    } else if (const auto value = parseSlopeNumber(text)) {
        if (std::abs(*value) > 1.0) {
            setProblem(problem, QStringLiteral("implausible incline (over 100 %)"));
            return incline;
        }
        incline.fraction = *value;
    } else {
        setProblem(problem, QStringLiteral("unreadable incline"));
        return incline;
    }
    incline.source = ValueSource::OsmTag;
    return incline;
}

std::optional<double> parseCrossSlope(const QString &raw, ParseProblem *problem)
{
    const QString text = normalized(raw);
    if (text.isEmpty())
        return std::nullopt;
    const auto value = parseSlopeNumber(text);
    if (!value || std::abs(*value) > 1.0) {
        setProblem(problem, QStringLiteral("unreadable incline:across"));
        return std::nullopt;
    }
    return std::abs(*value);
}

std::optional<double> parseLength(const QString &raw, double defaultUnitMetres)
{
    const QString text = normalized(raw);
    if (text.isEmpty())
        return std::nullopt;

    // Feet and inches: 4'6", 4', 6", 4 ft 6 in.
    static const QRegularExpression imperial(QStringLiteral(
        "^(?:(\\d+(?:\\.\\d+)?)\\s*(?:'|ft|feet|foot))?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|in|inch|"
        "inches))?$"));
    const QRegularExpressionMatch imperialMatch = imperial.match(text);
    if (imperialMatch.hasMatch()
        && (!imperialMatch.captured(1).isEmpty() || !imperialMatch.captured(2).isEmpty())) {
        const double feet = imperialMatch.captured(1).toDouble();
        const double inches = imperialMatch.captured(2).toDouble();
        return (feet * 12.0 + inches) * 0.0254;
    }

    static const QRegularExpression metric(
        QStringLiteral("^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(m|cm|mm|km|metres?|meters?)?$"));
    const QRegularExpressionMatch match = metric.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit.isEmpty())
        return number * defaultUnitMetres;
    if (unit == QLatin1String("cm"))
        return number / 100.0;
    if (unit == QLatin1String("mm"))
        return number / 1000.0;
    if (unit == QLatin1String("km"))
        return number * 1000.0;
    return number;
}

std::optional<double> parseWidth(const QString &raw, ParseProblem *problem)
{
    if (raw.trimmed().isEmpty())
        return std::nullopt;
    const auto metres = parseLength(raw);
    if (!metres) {
        setProblem(problem, QStringLiteral("unreadable width"));
        return std::nullopt;
    }
    if (*metres <= 0.0) {
        setProblem(problem, QStringLiteral("width of zero or less (a data error)"));
        return std::nullopt;
    }
    if (*metres > 50.0) {
        setProblem(problem, QStringLiteral("implausible width"));
        return std::nullopt;
    }
    return metres;
}

Kerb parseKerb(const QString &kerb, const QString &kerbHeight, ParseProblem *problem)
{
    Kerb result;
    const QString kind = normalized(kerb);
    if (kind == QLatin1String("flush") || kind == QLatin1String("no")) {
        result.kind = KerbClass::Flush;
        result.heightM = 0.0;
    } else if (kind == QLatin1String("lowered")) {
        result.kind = KerbClass::Lowered;
    } else if (kind == QLatin1String("raised")) {
        result.kind = KerbClass::Raised;
        result.lowerBoundM = 0.03;
    } else if (kind == QLatin1String("rolled")) {
        result.kind = KerbClass::Rolled;
        result.lowerBoundM = 0.03;
        result.chamfered = true;
    } else if (!kind.isEmpty()) {
        result.kind = KerbClass::Unspecified;
    }
    if (result.kind != KerbClass::None)
        result.source = result.heightM ? ValueSource::OsmTag : ValueSource::Default;

    // kerb:height wins over the class.
    if (!kerbHeight.trimmed().isEmpty()) {
        if (result.kind == KerbClass::None)
            result.kind = KerbClass::Unspecified;
        const auto height = parseLength(kerbHeight);
        if (!height || *height < 0.0) {
            setProblem(problem, QStringLiteral("unreadable kerb:height"));
            result.implausible = true;
        } else if (*height > 0.5) {
            setProblem(problem, QStringLiteral("implausible kerb:height (over 0.5 m)"));
            result.implausible = true;
            result.heightM.reset();
        } else {
            result.heightM = *height;
            result.lowerBoundM = 0.0;
            result.source = ValueSource::OsmTag;
        }
    }
    return result;
}

Kerb parseKerb(const QString &kerb, const QString &kerbHeight, const QString &kerbShape,
               const QString &kerbChamfer, ParseProblem *problem)
{
    Kerb result = parseKerb(kerb, kerbHeight, problem);
    const QString shape = normalized(kerbShape);
    if (!shape.isEmpty()) {
        static const QStringList chamferedShapes {
            QStringLiteral("chamfered"), QStringLiteral("bevelled"), QStringLiteral("beveled"),
            QStringLiteral("sloped"),    QStringLiteral("rounded"),  QStringLiteral("rolled")};
        result.chamfered = chamferedShapes.contains(shape);
    }
    const QString chamfer = normalized(kerbChamfer);
    if (chamfer == QLatin1String("yes"))
        result.chamfered = true;
    else if (chamfer == QLatin1String("no"))
        result.chamfered = false;
    return result;
}

bool isNarrowingTag(const QString &key, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("no"))
        return false;
    if (key == QLatin1String("barrier"))
        return v != QLatin1String("kerb") && v != QLatin1String("entrance");
    if (key == QLatin1String("obstacle") || key == QLatin1String("advertising"))
        return true;
    static const QHash<QString, QStringList> furniture {
        {QStringLiteral("amenity"),
         {QStringLiteral("bench"), QStringLiteral("waste_basket"),
          QStringLiteral("bicycle_parking"), QStringLiteral("post_box"),
          QStringLiteral("telephone"), QStringLiteral("vending_machine"),
          QStringLiteral("recycling"), QStringLiteral("drinking_water"), QStringLiteral("clock"),
          QStringLiteral("parcel_locker")}},
        {QStringLiteral("highway"), {QStringLiteral("street_lamp")}},
        {QStringLiteral("man_made"),
         {QStringLiteral("street_cabinet"), QStringLiteral("utility_pole"),
          QStringLiteral("flagpole")}},
        {QStringLiteral("power"), {QStringLiteral("pole")}},
        {QStringLiteral("emergency"), {QStringLiteral("fire_hydrant"), QStringLiteral("phone")}},
        {QStringLiteral("leisure"), {QStringLiteral("picnic_table")}},
        {QStringLiteral("natural"), {QStringLiteral("tree")}},
        {QStringLiteral("tourism"), {QStringLiteral("information")}},
    };
    const auto found = furniture.constFind(key);
    return found != furniture.constEnd() && found->contains(v);
}

bool isParkingAlongside(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QStringList none {QStringLiteral("no"),          QStringLiteral("none"),
                                   QStringLiteral("separate"),    QStringLiteral("no_parking"),
                                   QStringLiteral("no_stopping"), QStringLiteral("no_standing"),
                                   QStringLiteral("fire_lane")};
    return !v.isEmpty() && !none.contains(v);
}

SurfaceClass parseSurface(const QString &surface, const QString &smoothness)
{
    const QString s = surface.trimmed().toLower();
    SurfaceClass fromSurface = SurfaceClass::Unknown;
    static const QStringList smooth {QStringLiteral("asphalt"),
                                     QStringLiteral("concrete"),
                                     QStringLiteral("concrete:plates"),
                                     QStringLiteral("paving_stones"),
                                     QStringLiteral("paved"),
                                     QStringLiteral("metal"),
                                     QStringLiteral("wood"),
                                     QStringLiteral("tartan"),
                                     QStringLiteral("rubber"),
                                     QStringLiteral("acrylic"),
                                     QStringLiteral("chipseal"),
                                     QStringLiteral("paving_stones:30")};
    static const QStringList rough {QStringLiteral("sett"),
                                    QStringLiteral("cobblestone"),
                                    QStringLiteral("unhewn_cobblestone"),
                                    QStringLiteral("compacted"),
                                    QStringLiteral("fine_gravel"),
                                    QStringLiteral("concrete:lanes"),
                                    QStringLiteral("grass_paver"),
                                    QStringLiteral("bricks"),
                                    QStringLiteral("stone"),
                                    QStringLiteral("metal_grid")};
    static const QStringList loose {QStringLiteral("gravel"),  QStringLiteral("pebblestone"),
                                    QStringLiteral("ground"),  QStringLiteral("dirt"),
                                    QStringLiteral("earth"),   QStringLiteral("grass"),
                                    QStringLiteral("sand"),    QStringLiteral("mud"),
                                    QStringLiteral("unpaved"), QStringLiteral("woodchips"),
                                    QStringLiteral("rock"),    QStringLiteral("stepping_stones")};
    if (smooth.contains(s))
        fromSurface = SurfaceClass::Smooth;
    else if (rough.contains(s))
        fromSurface = SurfaceClass::Rough;
    else if (loose.contains(s))
        fromSurface = SurfaceClass::Loose;

    const QString m = smoothness.trimmed().toLower();
    SurfaceClass fromSmoothness = SurfaceClass::Unknown;
    if (m == QLatin1String("excellent") || m == QLatin1String("good")
        || m == QLatin1String("intermediate"))
        fromSmoothness = SurfaceClass::Smooth;
    else if (m == QLatin1String("bad"))
        fromSmoothness = SurfaceClass::Rough;
    else if (m == QLatin1String("very_bad") || m == QLatin1String("horrible"))
        fromSmoothness = SurfaceClass::Loose;
    else if (m == QLatin1String("very_horrible") || m == QLatin1String("impassable"))
        fromSmoothness = SurfaceClass::Impassable;

    return std::max(fromSurface, fromSmoothness);
}

WheelchairTag parseWheelchair(const QString &raw)
{
    const QString text = raw.trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("designated"))
        return WheelchairTag::Yes;
    if (text == QLatin1String("limited"))
        return WheelchairTag::Limited;
    if (text == QLatin1String("no"))
        return WheelchairTag::No;
    return WheelchairTag::Unknown;
}

int parseOnewayFoot(const QString &raw)
{
    const QString text = raw.trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("1") || text == QLatin1String("true"))
        return 1;
    if (text == QLatin1String("-1") || text == QLatin1String("reverse"))
        return -1;
    return 0;
}

std::optional<int> parseStepCount(const QString &raw)
{
    bool ok = false;
    const int count = raw.trimmed().toInt(&ok);
    if (!ok || count <= 0)
        return std::nullopt;
    return count;
}

bool isFootAllowed(const QString &access, const QString &foot)
{
    const QString f = foot.trimmed().toLower();
    if (f == QLatin1String("no") || f == QLatin1String("use_sidepath")
        || f == QLatin1String("private"))
        return false;
    if (f == QLatin1String("yes") || f == QLatin1String("designated")
        || f == QLatin1String("permissive") || f == QLatin1String("destination"))
        return true;
    const QString a = access.trimmed().toLower();
    return !(a == QLatin1String("no") || a == QLatin1String("private"));
}

} // namespace TagParsers

} // namespace territoire
