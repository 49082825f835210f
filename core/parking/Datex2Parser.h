#pragma once

#include "parking/InventoryReader.h"
#include "parking/SiteStatus.h"

namespace territoire {

// DATEX II v2 parking publications read with QXmlStreamReader (elements are matched by local
// name in the DATEX II namespace, whatever prefix the supplier uses).
//
// Status: ParkingStatusPublication (parkingRecordStatus: parkingNumberOfVacantSpaces,
// parkingStatusOriginTime, parkingSiteStatus) and the older MDM profile
// parkingFacilityTableStatusPublication (totalNumberOfVacantParkingSpaces,
// parkingFacilityStatusTime). Records without their own time take the publication time.
// See parseDatex2Status in SiteStatus.h.

// Static: ParkingTablePublication (parkingRecord with name, parkingNumberOfSpaces, point and
// applicableForUser = disabled) and parkingFacilityTablePublication (parkingFacility with
// totalParkingCapacity and assignedParkingSpaces for personTypeForWhichSpacesAssigned =
// disabled). Records for disabled users become bays whose capacity is their number of spaces;
// other car parks are kept with their PMR count when given (else unknown, -1).
InventoryResult readDatex2Inventory(const InventorySource &source);
InventoryResult parseDatex2Inventory(const QByteArray &xml, const InventorySource &source);

} // namespace territoire
