#include "render/VectorStyle.h"

#include "render/OsmTags.h"
#include "render/SymbolPainter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace territoire {

namespace {

VectorStyle::Renderer rendererFromName(const QString &name)
{
    if (name == QLatin1String("categorized"))
        return VectorStyle::Renderer::Categorized;
    if (name == QLatin1String("graduated"))
        return VectorStyle::Renderer::Graduated;
    return VectorStyle::Renderer::Single;
}

QString formatBound(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QString rendererName(VectorStyle::Renderer renderer)
{
    switch (renderer) {
    case VectorStyle::Renderer::Categorized:
        return QStringLiteral("categorized");
    case VectorStyle::Renderer::Graduated:
        return QStringLiteral("graduated");
    case VectorStyle::Renderer::Single:
        break;
    }
    return QStringLiteral("single");
}

QString categoryKey(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return value.toString();
    }
}

bool VectorStyle::Category::operator==(const Category &o) const
{
    const bool null = !value.isValid() || value.isNull();
    const bool otherNull = !o.value.isValid() || o.value.isNull();
    return null == otherNull && categoryKey(value) == categoryKey(o.value) && symbol == o.symbol
        && label == o.label;
}

VectorStyle::VectorStyle()
{
    rebuild();
}

VectorStyle VectorStyle::single(const Symbol &symbol)
{
    VectorStyle s;
    s.setSymbol(symbol);
    return s;
}

VectorStyle VectorStyle::categorized(const QString &field, const QList<Category> &categories)
{
    VectorStyle s;
    s.m_renderer = Renderer::Categorized;
    s.m_field = field;
    s.m_categories = categories;
    s.rebuild();
    return s;
}

VectorStyle VectorStyle::graduated(const QString &field, const QList<GraduatedClass> &classes)
{
    VectorStyle s;
    s.m_renderer = Renderer::Graduated;
    s.m_field = field;
    s.setClasses(classes);
    return s;
}

void VectorStyle::setRenderer(Renderer renderer)
{
    m_renderer = renderer;
    rebuild();
}

void VectorStyle::setSymbol(const Symbol &symbol)
{
    m_symbol = symbol;
    rebuild();
}

void VectorStyle::setField(const QString &field)
{
    m_field = field;
}

void VectorStyle::setOsmKeys(const QStringList &keys)
{
    m_osmKeys = keys;
}

void VectorStyle::setCategories(const QList<Category> &categories)
{
    m_categories = categories;
    rebuild();
}

void VectorStyle::setClasses(const QList<GraduatedClass> &classes)
{
    m_classes = classes;
    std::stable_sort(
        m_classes.begin(), m_classes.end(),
        [](const GraduatedClass &a, const GraduatedClass &b) { return a.lower < b.lower; });
    rebuild();
}

void VectorStyle::setOtherSymbol(const Symbol &symbol, bool draw)
{
    m_otherSymbol = symbol;
    m_drawOthers = draw;
    rebuild();
}

void VectorStyle::rebuild()
{
    m_symbols.clear();
    m_categoryIndex.clear();
    switch (m_renderer) {
    case Renderer::Single:
        m_symbols.append(m_symbol);
        return;
    case Renderer::Categorized:
        for (const Category &c : std::as_const(m_categories)) {
            // The first category of a value wins, as in the legend order.
            m_categoryIndex.insert(categoryKey(c.value), int(m_symbols.size()));
            m_symbols.append(c.symbol);
        }
        break;
    case Renderer::Graduated:
        for (const GraduatedClass &c : std::as_const(m_classes))
            m_symbols.append(c.symbol);
        break;
    }
    if (m_drawOthers)
        m_symbols.append(m_otherSymbol);
}

int VectorStyle::classIndex(double value) const
{
    if (!std::isfinite(value) || m_classes.isEmpty())
        return -1;
    // First class whose upper bound is >= value; then check its lower bound.
    const auto it = std::lower_bound(m_classes.cbegin(), m_classes.cend(), value,
                                     [](const GraduatedClass &c, double v) { return c.upper < v; });
    if (it == m_classes.cend())
        return -1;
    const int index = int(it - m_classes.cbegin());
    if (value > it->lower || (index == 0 && value == it->lower))
        return index;
    return -1;
}

QVariant VectorStyle::classificationValue(const AttributeLookup &attribute) const
{
    if (m_renderer == Renderer::Single || !attribute)
        return {};
    if (m_renderer == Renderer::Categorized && !m_osmKeys.isEmpty()) {
        for (const QString &key : m_osmKeys) {
            const QString value = OsmTags::value(attribute, key);
            if (!value.isEmpty())
                return QString(key + QLatin1Char('=') + value);
        }
        return {};
    }
    return attribute(m_field);
}

int VectorStyle::symbolIndexForValue(const QVariant &value) const
{
    const int others = m_drawOthers ? int(m_symbols.size()) - 1 : -1;
    switch (m_renderer) {
    case Renderer::Single:
        return 0;
    case Renderer::Categorized: {
        const QString key = categoryKey(value);
        auto it = m_categoryIndex.constFind(key);
        if (it != m_categoryIndex.constEnd())
            return *it;
        if (!m_osmKeys.isEmpty()) {
            const qsizetype eq = key.indexOf(QLatin1Char('='));
            if (eq > 0) {
                it = m_categoryIndex.constFind(key.left(eq) + QLatin1String("=*"));
                if (it != m_categoryIndex.constEnd())
                    return *it;
            }
        }
        return others;
    }
    case Renderer::Graduated: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        const int index = ok && !value.isNull() ? classIndex(v) : -1;
        return index >= 0 ? index : others;
    }
    }
    return others;
}

int VectorStyle::symbolIndexFor(const AttributeLookup &attribute) const
{
    if (m_renderer == Renderer::Single)
        return 0;
    return symbolIndexForValue(classificationValue(attribute));
}

const Symbol *VectorStyle::symbolFor(const AttributeLookup &attribute) const
{
    const int index = symbolIndexFor(attribute);
    return index >= 0 ? &m_symbols.at(index) : nullptr;
}

QStringList VectorStyle::referencedFields() const
{
    QStringList fields;
    if (m_renderer == Renderer::Categorized && !m_osmKeys.isEmpty()) {
        fields = m_osmKeys;
        fields.append(QStringLiteral("other_tags"));
    } else if (m_renderer != Renderer::Single && !m_field.isEmpty()) {
        fields.append(m_field);
    }
    if (m_labels.enabled && !m_labels.field.isEmpty() && !fields.contains(m_labels.field))
        fields.append(m_labels.field);
    return fields;
}

QList<LegendItem> VectorStyle::legend(GeometryKind kind) const
{
    return legend(kind, std::vector<bool>(size_t(m_symbols.size()), true));
}

QList<LegendItem> VectorStyle::legend(GeometryKind kind, const std::vector<bool> &used) const
{
    QList<LegendItem> items;
    int index = 0; // symbol index of the next row: rows follow symbols()
    auto row = [&](const QString &label, const Symbol &symbol) {
        const bool shown = size_t(index) < used.size() && used[size_t(index)];
        ++index;
        if (!shown)
            return;
        items.append(LegendItem {label, [symbol, kind](QPainter &p, const QRectF &r) {
                                     SymbolPainter::paintLegendSymbol(p, r, symbol, kind);
                                 }});
    };
    switch (m_renderer) {
    case Renderer::Single:
        items.append(
            LegendItem {QString(), [symbol = m_symbol, kind](QPainter &p, const QRectF &r) {
                            SymbolPainter::paintLegendSymbol(p, r, symbol, kind);
                        }});
        return items;
    case Renderer::Categorized:
        for (const Category &c : m_categories)
            row(c.label.isEmpty() ? categoryKey(c.value) : c.label, c.symbol);
        break;
    case Renderer::Graduated:
        for (const GraduatedClass &c : m_classes)
            row(c.label.isEmpty()
                    ? formatBound(c.lower) + QStringLiteral(" – ") + formatBound(c.upper)
                    : c.label,
                c.symbol);
        break;
    }
    if (m_drawOthers)
        row(QCoreApplication::translate("VectorStyle", "Other"), m_otherSymbol);
    return items;
}

QJsonObject VectorStyle::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("renderer"), rendererName(m_renderer));
    json.insert(QStringLiteral("symbol"), m_symbol.toJson());
    if (!m_field.isEmpty())
        json.insert(QStringLiteral("field"), m_field);
    if (!m_osmKeys.isEmpty())
        json.insert(QStringLiteral("osmKeys"), QJsonArray::fromStringList(m_osmKeys));
    if (!m_categories.isEmpty()) {
        QJsonArray categories;
        for (const Category &c : m_categories) {
            QJsonObject o;
            o.insert(QStringLiteral("value"), QJsonValue::fromVariant(c.value));
            o.insert(QStringLiteral("symbol"), c.symbol.toJson());
            if (!c.label.isEmpty())
                o.insert(QStringLiteral("label"), c.label);
            categories.append(o);
        }
        json.insert(QStringLiteral("categories"), categories);
    }
    if (!m_classes.isEmpty()) {
        QJsonArray classes;
        for (const GraduatedClass &c : m_classes) {
            QJsonObject o;
            o.insert(QStringLiteral("lower"), c.lower);
            o.insert(QStringLiteral("upper"), c.upper);
            o.insert(QStringLiteral("symbol"), c.symbol.toJson());
            if (!c.label.isEmpty())
                o.insert(QStringLiteral("label"), c.label);
            classes.append(o);
        }
        json.insert(QStringLiteral("classes"), classes);
    }
    json.insert(QStringLiteral("drawOthers"), m_drawOthers);
    json.insert(QStringLiteral("otherSymbol"), m_otherSymbol.toJson());
    json.insert(QStringLiteral("labels"), m_labels.toJson());
    return json;
}

VectorStyle VectorStyle::fromJson(const QJsonObject &json)
{
    VectorStyle s;
    s.m_renderer = rendererFromName(json.value(QStringLiteral("renderer")).toString());
    s.m_symbol = Symbol::fromJson(json.value(QStringLiteral("symbol")).toObject());
    s.m_field = json.value(QStringLiteral("field")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("osmKeys")).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            s.m_osmKeys.append(v.toString());
    }
    for (const QJsonValue &v : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue value = o.value(QStringLiteral("value"));
        s.m_categories.append(
            {value.isNull() || value.isUndefined() ? QVariant() : value.toVariant(),
             Symbol::fromJson(o.value(QStringLiteral("symbol")).toObject()),
             o.value(QStringLiteral("label")).toString()});
    }
    QList<GraduatedClass> classes;
    for (const QJsonValue &v : json.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject o = v.toObject();
        const double lower = o.value(QStringLiteral("lower")).toDouble(std::nan(""));
        const double upper = o.value(QStringLiteral("upper")).toDouble(std::nan(""));
        if (!std::isfinite(lower) || !std::isfinite(upper) || upper < lower)
            continue; // an unreadable class is dropped rather than matching nothing silently
        classes.append({lower, upper,
                        Symbol::fromJson(o.value(QStringLiteral("symbol")).toObject()),
                        o.value(QStringLiteral("label")).toString()});
    }
    s.m_drawOthers = json.value(QStringLiteral("drawOthers")).toBool(true);
    s.m_otherSymbol = Symbol::fromJson(json.value(QStringLiteral("otherSymbol")).toObject());
    s.m_labels = LabelSettings::fromJson(json.value(QStringLiteral("labels")).toObject());
    s.setClasses(classes); // sorts and rebuilds
    return s;
}

bool VectorStyle::operator==(const VectorStyle &o) const
{
    return m_renderer == o.m_renderer && m_symbol == o.m_symbol && m_field == o.m_field
        && m_osmKeys == o.m_osmKeys && m_categories == o.m_categories && m_classes == o.m_classes
        && m_drawOthers == o.m_drawOthers && m_otherSymbol == o.m_otherSymbol
        && m_labels == o.m_labels;
}

} // namespace territoire
