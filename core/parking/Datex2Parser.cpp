#include "parking/Datex2Parser.h"

#include "parking/CoordinateCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace territoire {

namespace {

const QLatin1String datexNamespace("http://datex2.eu/schema/2/2_0");

bool isDatex(const QXmlStreamReader &xml, const char *localName)
{
    return xml.name() == QLatin1String(localName)
        && (xml.namespaceUri() == datexNamespace || xml.namespaceUri().isEmpty());
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

int parseCount(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && v >= 0 ? int(v) : -1;
}

SiteStatus::State stateFromDatex(const QString &text)
{
    if (text == QLatin1String("full") || text == QLatin1String("fullAtEntrance"))
        return SiteStatus::State::Full;
    if (text == QLatin1String("closed") || text == QLatin1String("closedAbnormal"))
        return SiteStatus::State::Closed;
    if (text == QLatin1String("spacesAvailable") || text == QLatin1String("almostFull")
        || text == QLatin1String("open"))
        return SiteStatus::State::Open;
    return SiteStatus::State::Unknown;
}

// Merges a status word into a record: closed beats full beats open.
void mergeState(SiteStatus &record, SiteStatus::State state)
{
    if (state == SiteStatus::State::Unknown)
        return;
    if (record.state == SiteStatus::State::Closed)
        return;
    if (record.state == SiteStatus::State::Full && state == SiteStatus::State::Open)
        return;
    record.state = state;
}

} // namespace

StatusParseResult parseDatex2Status(const QByteArray &body, const QDateTime &receivedAt)
{
    StatusParseResult result;
    if (body.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("Parking", "empty answer");
        return result;
    }
    QXmlStreamReader xml(body);
    bool sawRoot = false;
    bool inRecord = false;
    SiteStatus record;
    QList<int> untimed; // indexes of records dated by the publication time

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!sawRoot) {
                sawRoot = true;
                if (xml.name() != QLatin1String("d2LogicalModel")) {
                    result.error = QCoreApplication::translate(
                                       "Parking", "not a DATEX II document (root element %1)")
                                       .arg(xml.name().toString());
                    return result;
                }
                continue;
            }
            if (isDatex(xml, "publicationTime") && !inRecord) {
                result.publicationTime = parseTime(xml.readElementText());
            } else if (isDatex(xml, "parkingRecordStatus")
                       || (isDatex(xml, "parkingFacilityStatus") && !inRecord)) {
                inRecord = true;
                record = SiteStatus();
            } else if (!inRecord) {
                continue;
            } else if (isDatex(xml, "parkingRecordReference")
                       || isDatex(xml, "parkingFacilityReference")) {
                record.siteId = xml.attributes().value(QLatin1String("id")).toString();
            } else if (isDatex(xml, "parkingStatusOriginTime")
                       || isDatex(xml, "parkingFacilityStatusTime")) {
                record.time = parseTime(xml.readElementText());
            } else if (isDatex(xml, "parkingNumberOfVacantSpaces")
                       || isDatex(xml, "totalNumberOfVacantParkingSpaces")) {
                if (record.vacant < 0)
                    record.vacant = parseCount(xml.readElementText());
            } else if (isDatex(xml, "parkingNumberOfSpacesOverride")) {
                if (record.capacity < 0)
                    record.capacity = parseCount(xml.readElementText());
            } else if (isDatex(xml, "parkingSiteStatus") || isDatex(xml, "parkingFacilityStatus")
                       || isDatex(xml, "parkingSiteOpeningStatus")) {
                mergeState(record, stateFromDatex(xml.readElementText()));
            } else if (isDatex(xml, "parkingSiteStatusExtension")
                       || isDatex(xml, "assignedParkingSpacesStatus")) {
                // Per-category counts repeat the site's own; the site values are used.
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && inRecord
                   && (isDatex(xml, "parkingRecordStatus")
                       || isDatex(xml, "parkingFacilityStatus"))) {
            inRecord = false;
            if (record.siteId.isEmpty()) {
                result.warnings << QCoreApplication::translate(
                    "Parking", "a status record without an identifier was skipped");
                continue;
            }
            if (!record.time.isValid())
                untimed.append(result.records.size());
            result.records.append(record);
        }
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("Parking", "malformed XML at line %1: %2")
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        result.records.clear();
        return result;
    }
    if (!sawRoot) {
        result.error = QCoreApplication::translate("Parking", "not a DATEX II document");
        return result;
    }
    const QDateTime fallback
        = result.publicationTime.isValid() ? result.publicationTime : receivedAt.toUTC();
    for (int index : untimed)
        result.records[index].time = fallback;
    return result;
}

InventoryResult readDatex2Inventory(const InventorySource &source)
{
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        InventoryResult result;
        result.error = QCoreApplication::translate("Parking", "%1: cannot open (%2)")
                           .arg(source.path, file.errorString());
        return result;
    }
    return parseDatex2Inventory(file.readAll(), source);
}

InventoryResult parseDatex2Inventory(const QByteArray &body, const InventorySource &source)
{
    InventoryResult result;
    result.encoding = QStringLiteral("UTF-8");
    const QString file = QFileInfo(source.path).fileName();
    QXmlStreamReader xml(body);
    bool inRecord = false;
    bool inDisabledAssignment = false;
    int assignedCount = -1;
    bool forDisabled = false;
    int spaces = -1;
    double lat = std::nan("");
    double lon = std::nan("");
    Bay bay;

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isDatex(xml, "parkingRecord") || isDatex(xml, "parkingFacility")) {
                inRecord = true;
                bay = Bay();
                bay.source = source.id;
                bay.id = xml.attributes().value(QLatin1String("id")).toString();
                forDisabled = false;
                spaces = -1;
                assignedCount = -1;
                lat = lon = std::nan("");
            } else if (!inRecord) {
                continue;
            } else if (isDatex(xml, "value") && bay.name.isEmpty()) {
                bay.name = xml.readElementText().trimmed();
            } else if (isDatex(xml, "parkingNumberOfSpaces")
                       || isDatex(xml, "totalParkingCapacity")) {
                spaces = parseCount(xml.readElementText());
            } else if (isDatex(xml, "latitude")) {
                lat = xml.readElementText().trimmed().toDouble();
            } else if (isDatex(xml, "longitude")) {
                lon = xml.readElementText().trimmed().toDouble();
            } else if (isDatex(xml, "applicableForUser")) {
                forDisabled |= xml.readElementText().trimmed() == QLatin1String("disabled");
            } else if (isDatex(xml, "numberOfAssignedParkingSpaces")) {
                assignedCount = parseCount(xml.readElementText());
            } else if (isDatex(xml, "personTypeForWhichSpacesAssigned")) {
                inDisabledAssignment = xml.readElementText().trimmed() == QLatin1String("disabled");
                if (inDisabledAssignment)
                    bay.capacity = assignedCount;
            }
        } else if (xml.isEndElement() && inRecord
                   && (isDatex(xml, "parkingRecord") || isDatex(xml, "parkingFacility"))) {
            inRecord = false;
            if (forDisabled) {
                bay.capacity = spaces > 0 ? spaces : 1;
                bay.kind = bay.capacity == 1 ? Bay::Kind::Space : Bay::Kind::CarPark;
            } else {
                bay.kind = Bay::Kind::CarPark;
                bay.totalPlaces = spaces;
                if (!inDisabledAssignment)
                    bay.capacity = -1;
            }
            inDisabledAssignment = false;
            const CoordinateCheck check = checkDegreeCoordinates(
                lon, lat, source.expectedBounds, source.fixSwappedCoordinates,
                source.projectedCrsForDegreeColumns);
            bay.position = check.position;
            if (!check.problem.isEmpty())
                result.warnings << QCoreApplication::translate("Parking", "%1, record %2: %3")
                                       .arg(file, bay.id, check.problem);
            result.bays.append(bay);
        }
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("Parking", "%1: malformed XML at line %2: %3")
                           .arg(file)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        result.bays.clear();
    }
    result.rowCount = result.bays.size();
    return result;
}

} // namespace territoire
