// OSM inventories read with libosmium: disabled parking spaces and car parks with
// capacity:disabled.
#include "parking/InventoryReader.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include <QCoreApplication>
#include <QFileInfo>

#include <exception>

namespace territoire {

namespace {

QString tagValue(const osmium::TagList &tags, const char *key)
{
    const char *value = tags.get_value_by_key(key);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// capacity:disabled as a count: "3" -> 3, "yes" -> at least 1 (-2 marks "yes, count unknown"),
// "no" -> 0, absent or unreadable -> -1.
int disabledCapacity(const QString &value)
{
    if (value.isEmpty())
        return -1;
    if (value == QLatin1String("yes"))
        return -2;
    if (value == QLatin1String("no"))
        return 0;
    bool ok = false;
    const int count = value.toInt(&ok);
    return ok && count >= 0 ? count : -1;
}

class BayHandler : public osmium::handler::Handler
{
public:
    BayHandler(const InventorySource &source, InventoryResult &result)
        : m_source(source)
        , m_result(result)
        , m_file(QFileInfo(source.path).fileName())
    { }

    void node(const osmium::Node &node)
    {
        if (node.tags().empty())
            return;
        addIfBay(node.tags(), QStringLiteral("node/%1").arg(node.id()),
                 node.location().valid() ? LonLat(node.location().lon(), node.location().lat())
                                         : LonLat());
    }

    void way(const osmium::Way &way)
    {
        if (way.tags().empty())
            return;
        // Centre of the way's nodes (car parks are small: the mean is good enough to place a
        // symbol and to route from).
        double lon = 0;
        double lat = 0;
        int count = 0;
        for (const osmium::NodeRef &ref : way.nodes()) {
            if (!ref.location().valid())
                continue;
            lon += ref.location().lon();
            lat += ref.location().lat();
            ++count;
        }
        addIfBay(way.tags(), QStringLiteral("way/%1").arg(way.id()),
                 count > 0 ? LonLat(lon / count, lat / count) : LonLat());
    }

private:
    void addIfBay(const osmium::TagList &tags, const QString &id, const LonLat &position)
    {
        const QString amenity = tagValue(tags, "amenity");
        const bool space = amenity == QLatin1String("parking_space");
        // An underground car park is often mapped by its entrance only, which then carries
        // the car park's capacity:disabled.
        const bool carPark
            = amenity == QLatin1String("parking") || amenity == QLatin1String("parking_entrance");
        if (!space && !carPark)
            return;
        const int disabled = disabledCapacity(tagValue(tags, "capacity:disabled"));
        const bool hasDisabledTag = !tagValue(tags, "capacity:disabled").isEmpty();
        const bool markedDisabled = tagValue(tags, "parking_space") == QLatin1String("disabled")
            || tagValue(tags, "wheelchair") == QLatin1String("designated");
        if (space && !markedDisabled && disabled <= 0 && disabled != -2)
            return;
        if (carPark && !hasDisabledTag)
            return;
        if (amenity == QLatin1String("parking_entrance") && disabled <= 0 && disabled != -2)
            return;

        Bay bay;
        bay.id = id;
        bay.source = m_source.id;
        bay.name = tagValue(tags, "name");
        bay.kind = space ? Bay::Kind::Space : Bay::Kind::CarPark;
        const int capacity = tagValue(tags, "capacity").toInt();
        if (space)
            bay.capacity = disabled > 0 ? disabled : (capacity > 0 ? capacity : 1);
        else
            bay.capacity = disabled == -2 ? -1 : disabled;
        if (carPark && capacity > 0)
            bay.totalPlaces = capacity;
        bay.position = position;
        if (!position.isValid())
            m_result.warnings << QCoreApplication::translate(
                                     "Parking", "%1, %2: no location; kept in the table, not drawn")
                                     .arg(m_file, id);
        m_result.bays.append(bay);
    }

    const InventorySource &m_source;
    InventoryResult &m_result;
    QString m_file;
};

} // namespace

InventoryResult readOsmInventory(const InventorySource &source, const ProgressCallback &progress)
{
    InventoryResult result;
    result.encoding = QStringLiteral("UTF-8");
    try {
        using Index
            = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
        Index index;
        osmium::handler::NodeLocationsForWays<Index> locations(index);
        locations.ignore_errors();
        BayHandler handler(source, result);
        osmium::io::Reader reader(source.path.toStdString(),
                                  osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        const size_t size = reader.file_size();
        while (osmium::memory::Buffer buffer = reader.read()) {
            osmium::apply(buffer, locations, handler);
            if (progress && size > 0
                && !progress(double(reader.offset()) / double(size),
                             QCoreApplication::translate("Parking", "Reading %1")
                                 .arg(QFileInfo(source.path).fileName()))) {
                reader.close();
                result.error = QCoreApplication::translate("Parking", "%1: reading cancelled")
                                   .arg(source.path);
                result.bays.clear();
                return result;
            }
        }
        reader.close();
    } catch (const std::exception &e) {
        result.error
            = QCoreApplication::translate("Parking", "%1: cannot read as OpenStreetMap data (%2)")
                  .arg(source.path, QString::fromUtf8(e.what()));
        result.bays.clear();
    }
    result.rowCount = result.bays.size();
    return result;
}

} // namespace territoire
