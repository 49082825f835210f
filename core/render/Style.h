#pragma once

// The style model stored in ProjectLayer::style: symbols, labels, renderers and defaults.
#include "render/DefaultStyles.h"
#include "render/LabelSettings.h"
#include "render/Symbol.h"
#include "render/VectorStyle.h"
