#pragma once

namespace territoire {

class AppContext;

// Installs the parking feature: the shared bay model (service "parkingModel"), the parking
// panel and its menu entries. Called once from app/territoire/main.cpp.
void installParkingUi(AppContext &context);

} // namespace territoire
