#pragma once

#include "map/LegendItem.h"
#include "render/LabelSettings.h"
#include "render/Symbol.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace territoire {

// Gives the value of a feature's attribute by field name; an invalid QVariant when the field
// does not exist or is null. Render jobs wrap their feature in one of these.
using AttributeLookup = std::function<QVariant(const QString &field)>;

// How a vector layer is drawn: one symbol for all features (single), a symbol per value of a
// field (categorized) or per class of a numeric field (graduated), plus labels. Stored as JSON
// in ProjectLayer::style.
//
// For render jobs: every symbol of the style has an index in symbols() (the drawing order, first
// drawn first). symbolIndexFor() classifies a feature in O(1) (hash of category values) or
// O(log n) (class breaks), so a job can sort its features by symbol index and draw each batch
// with a single painter state.
//
// OSM data: with osmKeys() set, a categorized style classifies a feature by the first of those
// OSM keys it has, as "key=value" (categories may also be "key=*" for any value of the key).
// Keys are read from the attribute of that name or, when absent or null, from the hstore text
// of the "other_tags" attribute written by GDAL's OSM driver.
class VectorStyle
{
public:
    enum class Renderer { Single, Categorized, Graduated };

    struct Category
    {
        QVariant value; // field value, or "key=value" / "key=*" with OSM keys
        Symbol symbol;
        QString label; // legend text; the value is shown when empty
        // Values compare as category keys: 8, 8.0 and "8" are the same category.
        bool operator==(const Category &o) const;
    };

    // Features with lower < value <= upper (the first class also takes value == lower).
    struct GraduatedClass
    {
        double lower = 0;
        double upper = 0;
        Symbol symbol;
        QString label; // legend text; "lower – upper" when empty
        bool operator==(const GraduatedClass &o) const
        {
            return lower == o.lower && upper == o.upper && symbol == o.symbol && label == o.label;
        }
    };

    // A single-symbol style with the default Symbol.
    VectorStyle();
    static VectorStyle single(const Symbol &symbol);
    static VectorStyle categorized(const QString &field, const QList<Category> &categories);
    static VectorStyle graduated(const QString &field, const QList<GraduatedClass> &classes);

    Renderer renderer() const { return m_renderer; }
    void setRenderer(Renderer renderer);
    // The symbol of a single-symbol style.
    Symbol symbol() const { return m_symbol; }
    void setSymbol(const Symbol &symbol);
    // The classification field (categorized and graduated).
    QString field() const { return m_field; }
    void setField(const QString &field);
    QStringList osmKeys() const { return m_osmKeys; }
    void setOsmKeys(const QStringList &keys);
    QList<Category> categories() const { return m_categories; }
    void setCategories(const QList<Category> &categories);
    // Sorted by lower bound when set.
    QList<GraduatedClass> classes() const { return m_classes; }
    void setClasses(const QList<GraduatedClass> &classes);
    // Features matching no category or class: drawn with otherSymbol() when drawsOthers().
    bool drawsOthers() const { return m_drawOthers; }
    Symbol otherSymbol() const { return m_otherSymbol; }
    void setOtherSymbol(const Symbol &symbol, bool draw = true);

    LabelSettings labels() const { return m_labels; }
    void setLabels(const LabelSettings &labels) { m_labels = labels; }

    // Every symbol in drawing order; symbolIndexFor() indexes into it.
    const QList<Symbol> &symbols() const { return m_symbols; }
    // Index of the feature's symbol in symbols(), or -1 when the feature is not drawn.
    int symbolIndexFor(const AttributeLookup &attribute) const;
    // The same for a classification value already read (the field value, or "key=value" with
    // OSM keys; see classificationValue()).
    int symbolIndexForValue(const QVariant &value) const;
    // Null when the feature is not drawn. The pointer stays valid until the style changes.
    const Symbol *symbolFor(const AttributeLookup &attribute) const;
    // The value used for classification: the field value, or "key=value" of the first OSM key.
    QVariant classificationValue(const AttributeLookup &attribute) const;
    // Fields a render job must read: the classification field(s), "other_tags" with OSM keys,
    // and the label field when labels are enabled.
    QStringList referencedFields() const;

    // Legend rows in drawing order; the symbols are drawn as the geometry kind at 96 dpi.
    QList<LegendItem> legend(GeometryKind kind) const;
    // The same without the rows whose symbol index (in symbols()) is not marked in used: the
    // categories and classes no feature falls in, and "Other" when no feature is left over.
    // A single-symbol style keeps its row.
    QList<LegendItem> legend(GeometryKind kind, const std::vector<bool> &used) const;

    QJsonObject toJson() const;
    // Unknown renderer names or missing parts give usable defaults; an empty object gives the
    // default single style (callers pick a DefaultStyles style when the stored one is empty).
    static VectorStyle fromJson(const QJsonObject &json);

    bool operator==(const VectorStyle &other) const;
    bool operator!=(const VectorStyle &other) const { return !(*this == other); }

private:
    void rebuild();
    int classIndex(double value) const;

    Renderer m_renderer = Renderer::Single;
    Symbol m_symbol;
    QString m_field;
    QStringList m_osmKeys;
    QList<Category> m_categories;
    QList<GraduatedClass> m_classes;
    bool m_drawOthers = true;
    Symbol m_otherSymbol;
    LabelSettings m_labels;

    // Derived: symbol list and category value hash, rebuilt on every change.
    QList<Symbol> m_symbols;
    QHash<QString, int> m_categoryIndex;
};

// Text of a value used as category key: numbers without trailing zeros ("8", "2.5"), strings
// as they are, null/invalid as an empty string.
QString categoryKey(const QVariant &value);

QString rendererName(VectorStyle::Renderer renderer);

} // namespace territoire
