#include "map/LayerRegistry.h"

#include <QCoreApplication>

namespace territoire {

LayerRegistry &LayerRegistry::instance()
{
    static LayerRegistry registry;
    return registry;
}

void LayerRegistry::registerType(const QString &type, Factory factory)
{
    m_factories.insert(type, std::move(factory));
}

std::unique_ptr<MapLayer> LayerRegistry::create(const ProjectLayer &descriptor,
                                                const LayerContext &context, QString *error) const
{
    const auto it = m_factories.constFind(descriptor.type);
    if (it == m_factories.constEnd()) {
        if (error)
            *error = QCoreApplication::translate("LayerRegistry",
                                                 "Layer \"%1\": unknown layer type \"%2\"")
                         .arg(descriptor.name, descriptor.type);
        return nullptr;
    }
    return (*it)(descriptor, context, error);
}

} // namespace territoire
