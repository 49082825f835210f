#include "parking/ParkingDock.h"

#include "base/Crs.h"
#include "common/AppContext.h"
#include "parking/BayLayer.h"
#include "parking/BayTableModel.h"
#include "parking/ParkingController.h"
#include "routing/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace territoire {

ParkingDock::ParkingDock(AppContext &context, ParkingController &controller, QWidget *parent)
    : QDockWidget(tr("PMR parking"), parent)
    , m_context(context)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("ParkingDock"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createBaysTab(), tr("Bays"));
    tabs->addTab(createZonesTab(), tr("Zones (2 % rule)"));
    tabs->addTab(createNearestTab(), tr("Nearest free bay"));
    setWidget(tabs);

    BayStatusModel *model = controller.model();
    connect(model, &BayStatusModel::statusChanged, this, [this] {
        refreshBays();
        refreshZones();
    });
    connect(model, &BayStatusModel::baysChanged, this, [this] {
        refreshBays();
        refreshZones();
    });
    connect(&controller, &ParkingController::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_summary->setText(tr("Reading the parking inventories…"));
    });
    connect(&context, &AppContext::mapViewChanged, this, &ParkingDock::updateReference);
    connect(controller.nearestQuery(), &NearestBayQuery::finished, this, &ParkingDock::showNearest);
    connect(controller.nearestQuery(), &NearestBayQuery::started, this,
            [this] { m_nearestStatus->setText(tr("Searching the walking paths…")); });
    refreshBays();
    refreshZones();
}

QWidget *ParkingDock::createBaysTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(page);
    m_statusFilter->addItem(tr("All statuses"), -1);
    m_statusFilter->addItem(bayStatusLabel(BayStatus::Free), int(BayStatus::Free));
    m_statusFilter->addItem(bayStatusLabel(BayStatus::Taken), int(BayStatus::Taken));
    m_statusFilter->addItem(bayStatusLabel(BayStatus::Unknown), int(BayStatus::Unknown));
    m_distance = new QSpinBox(page);
    m_distance->setRange(0, 50000);
    m_distance->setSingleStep(100);
    m_distance->setSuffix(tr(" m"));
    m_distance->setSpecialValueText(tr("any distance"));
    m_distance->setToolTip(tr("Distance from the destination, or from the map centre when no "
                              "destination is chosen."));
    filters->addWidget(new QLabel(tr("Show"), page));
    filters->addWidget(m_statusFilter);
    filters->addWidget(new QLabel(tr("within"), page));
    filters->addWidget(m_distance);
    auto *refresh = new QPushButton(tr("Refresh feeds"), page);
    filters->addWidget(refresh);
    layout->addLayout(filters);

    m_bayModel = new BayTableModel(page);
    m_filter = new BayFilterModel(page);
    m_filter->setSourceModel(m_bayModel);
    m_filter->setSortRole(Qt::EditRole);
    m_bayTable = new QTableView(page);
    m_bayTable->setModel(m_filter);
    m_bayTable->setSortingEnabled(true);
    m_bayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bayTable->horizontalHeader()->setStretchLastSection(true);
    m_bayTable->verticalHeader()->hide();
    layout->addWidget(m_bayTable);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_distance, &QSpinBox::valueChanged, this,
            [this](int metres) { m_filter->setMaxDistance(metres); });
    connect(refresh, &QPushButton::clicked, &m_controller, &ParkingController::refreshFeeds);
    // Double click: zoom to the bay.
    connect(m_bayTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant p = index.data(BayTableModel::PositionRole);
        if (!p.isValid())
            return;
        const QPointF lonLat = p.toPointF();
        const QPointF centre
            = toProjected(LonLat(lonLat.x(), lonLat.y()), m_context.mapSettings().crs());
        const double half = m_context.mapSettings().crs().isGeographic() ? 0.002 : 150;
        m_context.setMapExtent(QRectF(centre - QPointF(half, half), centre + QPointF(half, half)));
    });
    return page;
}

QWidget *ParkingDock::createZonesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_zoneSummary = new QLabel(page);
    m_zoneSummary->setWordWrap(true);
    layout->addWidget(m_zoneSummary);
    m_zoneModel = new QStandardItemModel(page);
    auto *table = new QTableView(page);
    table->setModel(m_zoneModel);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    return page;
}

QWidget *ParkingDock::createNearestTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_profile = new QComboBox(page);
    for (const QString &name : Profile::builtinNames())
        m_profile->addItem(name, name);
    m_count = new QSpinBox(page);
    m_count->setRange(1, 10);
    m_count->setValue(3);
    form->addRow(tr("Profile"), m_profile);
    form->addRow(tr("Bays to show"), m_count);
    layout->addLayout(form);
    auto *pick = new QPushButton(tr("Choose the destination on the map…"), page);
    layout->addWidget(pick);
    m_nearestStatus
        = new QLabel(tr("Click the button, then the place the visitor must reach."), page);
    m_nearestStatus->setWordWrap(true);
    layout->addWidget(m_nearestStatus);
    m_nearestList = new QListWidget(page);
    layout->addWidget(m_nearestList);

    connect(pick, &QPushButton::clicked, this, &ParkingDock::pickDestination);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ParkingDock::applyProfile);
    // The project's profile (parking.routing.profile) with the limits of its routing section.
    connect(&m_controller, &ParkingController::loaded, this, [this] {
        const int index = m_profile->findData(m_controller.config().routingProfile);
        if (index >= 0 && index != m_profile->currentIndex())
            m_profile->setCurrentIndex(index); // applies it
        else
            applyProfile();
    });
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int count) { m_controller.nearestQuery()->setCount(count); });
    return page;
}

void ParkingDock::applyProfile()
{
    const auto profile
        = Profile::fromSection(m_context.project().section(QStringLiteral("routing")),
                               m_profile->currentData().toString());
    if (profile)
        m_controller.nearestQuery()->setProfile(*profile);
}

void ParkingDock::pickDestination()
{
    if (!m_controller.hasNetwork()) {
        m_nearestStatus->setText(tr("No walking network: set \"routing\".\"network\" in the "
                                    "project's parking section."));
        return;
    }
    m_context.requestMapClick(
        tr("Click the destination of the visitor"), [this](const QPointF &mapPoint) {
            // The destination stays in memory only (never logged).
            const LonLat destination = toLonLat(mapPoint, m_context.mapSettings().crs());
            m_controller.nearestQuery()->setDestination(destination);
            updateReference();
        });
}

void ParkingDock::showNearest(const NearestBayResult &result)
{
    m_nearestList->clear();
    QList<std::vector<LonLat>> paths;
    for (int i = 0; i < result.routes.size(); ++i) {
        const BayRoute &entry = result.routes[i];
        const QString name = entry.bay.name.isEmpty() ? entry.bay.id : entry.bay.name;
        const QString compliance = entry.route.compliant
            ? tr("compliant path")
            : tr("no compliant path: %1").arg(entry.route.warnings.join(QStringLiteral("; ")));
        auto *item = new QListWidgetItem(tr("%1. %2 — %3 m walk (%4 m straight), %5")
                                             .arg(i + 1)
                                             .arg(name)
                                             .arg(qRound(entry.route.lengthM))
                                             .arg(qRound(entry.straightLineM))
                                             .arg(compliance),
                                         m_nearestList);
        item->setForeground(entry.route.compliant ? palette().text().color()
                                                  : QColor(0xb0, 0x40, 0x00));
        item->setToolTip(
            tr("Status %1 since %2")
                .arg(bayStatusLabel(entry.bay.status),
                     QLocale().toString(entry.bay.statusTime.toLocalTime(), QLocale::ShortFormat)));
        paths.append(entry.route.geometry);
    }
    if (!result.isOk())
        m_nearestStatus->setText(result.error);
    else if (result.routes.isEmpty())
        m_nearestStatus->setText(result.candidateCount == 0
                                     ? tr("No bay is known to be free now.")
                                     : tr("No free bay can be reached from the network."));
    else
        m_nearestStatus->setText(tr("%n free bay(s) considered; updated when a status changes.",
                                    nullptr, result.candidateCount));
    for (MapLayer *layer : m_context.layers()) {
        if (auto *bays = qobject_cast<BayLayer *>(layer))
            bays->setHighlightedRoutes(paths, m_controller.nearestQuery()->destination());
    }
}

void ParkingDock::updateReference()
{
    LonLat reference = m_controller.nearestQuery()->destination();
    if (!reference.isValid()) {
        const MapSettings settings = m_context.mapSettings();
        reference = toLonLat(settings.center(), settings.crs());
    }
    m_bayModel->setReference(reference);
    m_filter->invalidate();
}

void ParkingDock::refreshBays()
{
    BayStatusModel *model = m_controller.model();
    const BayList bays = model->bays();
    m_bayModel->setBays(bays);
    updateReference();
    const QHash<BayStatus, int> counts = model->statusCounts();
    const QDateTime newest = model->newestStatusTime();
    m_summary->setText(tr("%1 bays: %2 free, %3 taken, %4 unknown. Newest status: %5.")
                           .arg(bays.size())
                           .arg(counts.value(BayStatus::Free))
                           .arg(counts.value(BayStatus::Taken))
                           .arg(counts.value(BayStatus::Unknown))
                           .arg(newest.isValid()
                                    ? QLocale().toString(newest.toLocalTime(), QLocale::ShortFormat)
                                    : tr("none")));
}

void ParkingDock::refreshZones()
{
    const QList<ZoneStats> stats = m_controller.zoneStatistics();
    m_zoneModel->clear();
    m_zoneModel->setHorizontalHeaderLabels({tr("Zone"), tr("Bays"), tr("Free"), tr("PMR places"),
                                            tr("All places"), tr("Required (2 %)"),
                                            tr("Meets the rule")});
    int failing = 0;
    for (const ZoneStats &s : stats) {
        if (s.bayCount == 0)
            continue;
        const auto number = [](int value) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            return item;
        };
        auto *meets = new QStandardItem(!s.ruleApplies()    ? tr("unknown")
                                            : s.meetsRule() ? tr("yes")
                                                            : tr("no"));
        if (s.ruleApplies())
            meets->setForeground(s.meetsRule() ? QColor(0x1a, 0x7e, 0x3f)
                                               : QColor(0xc0, 0x20, 0x20));
        QStringList notes;
        if (!s.ruleApplies())
            notes << tr("No entry of this zone gives its total number of places.");
        if (s.unknownPmrCount > 0)
            notes << tr("%n car park(s) without a PMR count.", nullptr, s.unknownPmrCount);
        if (s.carParksBelowRule > 0)
            notes << tr("%n car park(s) below 2 %.", nullptr, s.carParksBelowRule);
        meets->setToolTip(notes.join(QLatin1Char('\n')));
        failing += s.ruleApplies() && !s.meetsRule() ? 1 : 0;
        m_zoneModel->appendRow({new QStandardItem(s.zoneName), number(s.bayCount), number(s.free),
                                number(s.pmrPlaces), number(s.totalPlaces), number(s.requiredPmr),
                                meets});
    }
    if (m_controller.zones().isEmpty())
        m_zoneSummary->setText(tr("No zone layer: set \"zones\" in the project's parking section "
                                  "(communes or any polygon layer)."));
    else
        m_zoneSummary->setText(
            tr("%n zone(s) below 2 % of PMR places (rounded up).", nullptr, failing));
}

} // namespace territoire
