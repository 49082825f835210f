#include "canvas/Icons.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initTerritoireIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace territoire {

void initIconResources()
{
    static const bool done = [] {
        initTerritoireIcons();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace territoire
