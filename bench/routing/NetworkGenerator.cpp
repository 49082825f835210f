#include "NetworkGenerator.h"

#include <osmium/builder/osm_object_builder.hpp>
#include <osmium/io/any_output.hpp>
#include <osmium/io/writer.hpp>

#include <random>
#include <string>
#include <vector>

namespace territoire::bench {

namespace {

constexpr double originLon = 6.70;
constexpr double originLat = 47.40;
constexpr double stepLon = 0.00070; // about 53 m at 47.4° N
constexpr double stepLat = 0.00048; // about 53 m

const char *pick(std::mt19937 &random, const std::vector<const char *> &values)
{
    return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(random)];
}

} // namespace

bool writeGridNetwork(const QString &path, int side, std::uint32_t seed, QString *error)
{
    try {
        std::mt19937 random(seed);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        auto chance = [&](double p) {
            return unit(random) < p;
        };
        osmium::io::Header header;
        header.set("generator", "territoire bench");
        osmium::io::Writer writer(path.toStdString(), header, osmium::io::overwrite::allow);
        osmium::memory::Buffer buffer(1 << 22, osmium::memory::Buffer::auto_grow::yes);
        auto flush = [&](bool force) {
            if (force || buffer.committed() > (1 << 23)) {
                writer(std::move(buffer));
                buffer = osmium::memory::Buffer(1 << 22, osmium::memory::Buffer::auto_grow::yes);
            }
        };
        auto nodeId = [side](int row, int column) {
            return osmium::object_id_type(row) * side + column + 1;
        };

        // Nodes, with a few kerbs and barriers.
        const std::vector<const char *> kerbs {"lowered", "flush", "raised", "rolled", "yes"};
        const std::vector<const char *> heights {"2 cm", "0.02", "4 cm", "0,03", "25 mm", "1 cm"};
        for (int row = 0; row < side; ++row) {
            for (int column = 0; column < side; ++column) {
                {
                    osmium::builder::NodeBuilder node(buffer);
                    node.set_id(nodeId(row, column));
                    node.set_version(1);
                    // A gentle jitter makes the streets less regular.
                    node.set_location(osmium::Location(
                        originLon + column * stepLon + (unit(random) - 0.5) * stepLon * 0.1,
                        originLat + row * stepLat + (unit(random) - 0.5) * stepLat * 0.1));
                    if (chance(0.05)) {
                        osmium::builder::TagListBuilder tags(node);
                        tags.add_tag("barrier", "kerb");
                        tags.add_tag("kerb", pick(random, kerbs));
                        if (chance(0.4))
                            tags.add_tag("kerb:height", pick(random, heights));
                    } else if (chance(0.002)) {
                        osmium::builder::TagListBuilder tags(node);
                        tags.add_tag("barrier", "kissing_gate");
                    }
                }
                buffer.commit();
            }
            flush(false);
        }

        // Ways of up to five segments along rows and columns.
        const std::vector<const char *> inclines {"2%", "-3 %", "4%", "6%",  "-8%", "1,5%", "3°",
                                                  "up", "down", "0%", "12%", "5%",  "-2°"};
        const std::vector<const char *> widths {"1,5 m", "1.8", "150 cm", "2",    "1.2",
                                                "0,90",  "3 m", "1.40",   "4'6\""};
        const std::vector<const char *> surfaces {"asphalt",       "asphalt",  "asphalt",
                                                  "paving_stones", "concrete", "sett",
                                                  "compacted",     "gravel"};
        osmium::object_id_type wayId = 1;
        for (int direction = 0; direction < 2; ++direction) {
            for (int line = 0; line < side; ++line) {
                for (int start = 0; start + 1 < side; start += 5) {
                    const int end = std::min(start + 5, side - 1);
                    {
                        osmium::builder::WayBuilder way(buffer);
                        way.set_id(wayId++);
                        way.set_version(1);
                        {
                            osmium::builder::WayNodeListBuilder nodes(way);
                            for (int k = start; k <= end; ++k)
                                nodes.add_node_ref(direction == 0 ? nodeId(line, k)
                                                                  : nodeId(k, line));
                        }
                        osmium::builder::TagListBuilder tags(way);
                        const double kind = unit(random);
                        if (kind < 0.02) {
                            tags.add_tag("highway", "steps");
                            if (chance(0.3))
                                tags.add_tag("ramp:wheelchair", "yes");
                            tags.add_tag("step_count", "12");
                        } else {
                            tags.add_tag("highway", "footway");
                            tags.add_tag("footway", kind < 0.2 ? "crossing" : "sidewalk");
                        }
                        if (chance(0.6))
                            tags.add_tag("incline", pick(random, inclines));
                        if (chance(0.7))
                            tags.add_tag("width", pick(random, widths));
                        if (chance(0.8))
                            tags.add_tag("surface", pick(random, surfaces));
                        if (chance(0.3))
                            tags.add_tag("incline:across", chance(0.8) ? "1%" : "3%");
                        if (chance(0.03))
                            tags.add_tag("wheelchair", chance(0.5) ? "no" : "limited");
                        if (chance(0.01))
                            tags.add_tag("oneway:foot", "yes");
                        if (chance(0.5))
                            tags.add_tag("name", "rue du banc d'essai");
                    }
                    buffer.commit();
                }
                flush(false);
            }
        }
        flush(true);
        writer.close();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace territoire::bench
