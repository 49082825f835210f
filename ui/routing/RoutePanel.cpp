#include "routing/RoutePanel.h"

#include "base/Logging.h"
#include "common/AppContext.h"
#include "routing/ProfileDialog.h"
#include "routing/RouteLayer.h"
#include "routing/Router.h"
#include "routing/RoutingExport.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace territoire {

namespace {

std::optional<LonLat> parseLonLat(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool a = false, b = false;
    const LonLat p(parts[0].trimmed().toDouble(&a), parts[1].trimmed().toDouble(&b));
    if (!a || !b || !p.isValid())
        return std::nullopt;
    return p;
}

bool isOsmSource(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".osm")) || lower.endsWith(QLatin1String(".pbf"));
}

} // namespace

RoutePanel::RoutePanel(AppContext &context, Router *router, QWidget *parent)
    : QDockWidget(tr("Accessible route"), parent)
    , m_context(context)
    , m_router(router)
{
    setObjectName(QStringLiteral("routePanel"));
    buildUi();
    connect(&m_watcher, &QFutureWatcher<OsmReadResult>::finished, this, &RoutePanel::networkLoaded);
    connect(&m_coverageWatcher, &QFutureWatcher<CoverageResult>::finished, this,
            &RoutePanel::coverageComputed);
    readProject();
}

RoutePanel::~RoutePanel()
{
    if (m_job)
        m_job->cancel();
    m_watcher.waitForFinished();
    m_coverageWatcher.waitForFinished();
    m_warmUp.waitForFinished();
}

void RoutePanel::buildUi()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // The network.
    auto *network = new QGroupBox(tr("Pedestrian network"));
    auto *networkForm = new QFormLayout(network);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("osmSource"));
    m_source->setEditable(true);
    m_source->setToolTip(tr("OpenStreetMap file (.osm or .osm.pbf)"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("OpenStreetMap data"), QString(),
                                                          tr("OpenStreetMap (*.osm *.pbf)"));
        if (!file.isEmpty())
            m_source->setEditText(file);
    });
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browse);
    networkForm->addRow(tr("OSM data"), sourceRow);
    m_dem = new QLineEdit;
    m_dem->setPlaceholderText(tr("optional: slopes from an elevation model"));
    networkForm->addRow(tr("Elevation"), m_dem);
    m_load = new QPushButton(tr("Load network"));
    m_load->setObjectName(QStringLiteral("loadNetwork"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addWidget(m_progress, 1);
    loadRow->addWidget(m_cancel);
    networkForm->addRow(loadRow);
    m_networkStatus = new QLabel(tr("No network loaded."));
    m_networkStatus->setObjectName(QStringLiteral("networkStatus"));
    m_networkStatus->setWordWrap(true);
    networkForm->addRow(m_networkStatus);
    connect(m_load, &QPushButton::clicked, this, &RoutePanel::loadNetwork);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    layout->addWidget(network);

    // The query.
    auto *query = new QGroupBox(tr("Route"));
    auto *form = new QFormLayout(query);
    auto pointRow = [&](QLineEdit *&edit, const QString &label, const QString &name) {
        edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("lon,lat"));
        auto *pick = new QPushButton(tr("Pick on map"));
        pick->setObjectName(name + QStringLiteral("Pick"));
        QLineEdit *target = edit;
        connect(pick, &QPushButton::clicked, this, [this, target] { pickPoint(target); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(pick);
        form->addRow(label, row);
    };
    pointRow(m_from, tr("From"), QStringLiteral("from"));
    pointRow(m_to, tr("To"), QStringLiteral("to"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("profile"));
    for (const QString &name : Profile::builtinNames())
        m_profile->addItem(name, name);
    auto *limits = new QPushButton(tr("Limits…"));
    connect(limits, &QPushButton::clicked, this, &RoutePanel::editProfile);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(limits);
    form->addRow(tr("Profile"), profileRow);
    m_route = new QPushButton(tr("Find route"));
    m_route->setObjectName(QStringLiteral("findRoute"));
    m_route->setEnabled(false);
    connect(m_route, &QPushButton::clicked, this, &RoutePanel::findRoute);
    auto *coverage = new QPushButton(tr("Bay coverage"));
    coverage->setObjectName(QStringLiteral("coverage"));
    coverage->setToolTip(tr("The network reachable on compliant paths from each disabled bay"));
    connect(coverage, &QPushButton::clicked, this, &RoutePanel::computeCoverage);
    auto *exportButton = new QPushButton(tr("Export…"));
    connect(exportButton, &QPushButton::clicked, this, &RoutePanel::exportResults);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_route);
    actions->addWidget(coverage);
    actions->addWidget(exportButton);
    form->addRow(actions);
    layout->addWidget(query);

    // The answer.
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_stretches = new QTreeWidget;
    m_stretches->setObjectName(QStringLiteral("stretches"));
    m_stretches->setHeaderLabels({tr("Verdict"), tr("Length"), tr("Way"), tr("Details")});
    m_stretches->setRootIsDecorated(false);
    m_stretches->header()->setStretchLastSection(true);
    layout->addWidget(m_stretches, 2);
    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Warnings")));
    layout->addWidget(m_warnings, 1);
    m_explanation = new QTextBrowser;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setMaximumHeight(120);
    layout->addWidget(m_explanation);
    setWidget(content);
}

void RoutePanel::readProject()
{
    const QJsonObject section = m_context.project().section(QStringLiteral("routing"));
    const QString current = m_source->currentText();
    m_source->clear();
    for (const ProjectLayer &layer : m_context.project().layers()) {
        if (isOsmSource(layer.source) && m_source->findText(layer.source) < 0)
            m_source->addItem(layer.source);
    }
    const QString stored = section.value(QStringLiteral("osm_source")).toString();
    if (!stored.isEmpty())
        m_source->setEditText(m_context.project().absolutePath(stored));
    else if (!current.isEmpty())
        m_source->setEditText(current);
    const QString dem = section.value(QStringLiteral("dem")).toString();
    m_dem->setText(dem.isEmpty() ? QString() : m_context.project().absolutePath(dem));
    m_profiles.clear();
    for (const QString &name : Profile::builtinNames()) {
        if (const auto p = Profile::fromSection(section, name))
            m_profiles.insert(name, *p);
    }
    const QString profile = section.value(QStringLiteral("profile")).toString();
    if (!profile.isEmpty() && m_profile->findData(profile) >= 0)
        m_profile->setCurrentIndex(m_profile->findData(profile));
    if (section.contains(QStringLiteral("snap_distance_m")))
        m_router->setSnapDistance(section.value(QStringLiteral("snap_distance_m")).toDouble(50));
}

void RoutePanel::writeProject()
{
    QJsonObject section = m_context.project().section(QStringLiteral("routing"));
    section.insert(QStringLiteral("osm_source"), m_source->currentText());
    section.insert(QStringLiteral("dem"), m_dem->text());
    section.insert(QStringLiteral("profile"), m_profile->currentData().toString());
    section.insert(QStringLiteral("snap_distance_m"), m_router->snapDistance());
    QJsonObject profiles;
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it) {
        if (it.value().toJson() != Profile::builtin(it.key()).toJson())
            profiles.insert(it.key(), it.value().toJson());
    }
    section.insert(QStringLiteral("profiles"), profiles);
    m_context.project().setSection(QStringLiteral("routing"), section);
}

Profile RoutePanel::currentProfile() const
{
    const QString name = m_profile->currentData().toString();
    return m_profiles.value(name, Profile::builtin(name));
}

void RoutePanel::editProfile()
{
    ProfileDialog dialog(currentProfile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles.insert(currentProfile().name, dialog.profile());
    writeProject();
    m_context.setProjectModified();
}

void RoutePanel::setBusy(bool busy, const QString &text)
{
    m_load->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    if (!text.isEmpty())
        m_networkStatus->setText(text);
}

void RoutePanel::loadNetwork()
{
    if (m_watcher.isRunning() || m_coverageWatcher.isRunning())
        return;
    const QString path = m_source->currentText().trimmed();
    if (path.isEmpty()) {
        m_context.reportError(tr("Choose an OpenStreetMap file for the pedestrian network."));
        return;
    }
    delete m_job;
    m_job = new JobControl(this);
    connect(
        m_job, &JobControl::progressChanged, this,
        [this](double fraction, const QString &step) {
            m_progress->setValue(int(fraction * 1000));
            m_networkStatus->setText(step);
        },
        Qt::QueuedConnection);
    setBusy(true, tr("Reading %1…").arg(path));
    OsmGraphReader reader;
    reader.setDemPath(m_dem->text().trimmed());
    const ProgressCallback progress = progressCallback(m_job);
    m_watcher.setFuture(
        QtConcurrent::run([reader, path, progress] { return reader.read(path, progress); }));
}

void RoutePanel::networkLoaded()
{
    const OsmReadResult result = m_watcher.result();
    setBusy(false);
    if (!result.graph) {
        m_networkStatus->setText(result.error);
        m_context.reportError(result.error);
        return;
    }
    m_router->setGraph(result.graph);
    m_bays = result.disabledBays;
    // The profile's arc costs and landmarks (a second on a million edges) are prepared off the
    // UI thread, so that the first route answers at once.
    Router *router = m_router;
    const Profile profile = currentProfile();
    m_warmUp = QtConcurrent::run([router, profile] { router->costTable(profile); });
    QString status = tr("%1 walkable ways, %2 edges, %3 disabled bays.")
                         .arg(result.walkableWays)
                         .arg(result.graph->edgeCount())
                         .arg(result.disabledBays.size());
    if (result.demSampledEdges > 0)
        status += QLatin1Char(' ')
            + tr("%1 slopes from the elevation model.").arg(result.demSampledEdges);
    if (!result.demError.isEmpty())
        status += QLatin1Char(' ') + result.demError;
    if (result.unreadableValues > 0)
        status += QLatin1Char(' ')
            + tr("%1 tag values could not be read (treated as unknown).")
                  .arg(result.unreadableValues);
    m_networkStatus->setText(status);
    m_route->setEnabled(true);
    writeProject();
}

void RoutePanel::pickPoint(QLineEdit *target)
{
    const Crs mapCrs = m_context.mapSettings().crs();
    QPointer<QLineEdit> edit(target);
    m_context.requestMapClick(
        tr("Click the point on the map"), [edit, mapCrs](const QPointF &point) {
            if (!edit)
                return;
            const LonLat p = toLonLat(point, mapCrs);
            if (p.isValid())
                edit->setText(QStringLiteral("%1,%2").arg(p.lon, 0, 'f', 7).arg(p.lat, 0, 'f', 7));
        });
}

void RoutePanel::findRoute()
{
    const auto from = parseLonLat(m_from->text());
    const auto to = parseLonLat(m_to->text());
    if (!from || !to) {
        m_context.reportError(
            tr("Give the start and the end as \"lon,lat\" or pick them on the map."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const RouteResult route = m_router->route(*from, *to, currentProfile());
    qCInfo(lcRouting) << "route panel query:" << timer.elapsed() << "ms";
    showRoute(route);
}

void RoutePanel::showRoute(const RouteResult &route)
{
    m_lastRoute = route;
    m_stretches->clear();
    m_warnings->clear();
    m_explanation->clear();
    if (!route.isValid()) {
        m_summary->setText(route.error);
        if (m_routeLayer)
            m_routeLayer->clear();
        return;
    }
    m_summary->setText(
        tr("%1 m, about %2 min with %3. %4")
            .arg(route.lengthM, 0, 'f', 0)
            .arg(route.durationS / 60.0, 0, 'f', 1)
            .arg(route.profile)
            .arg(!route.compliant ? tr("No route meets the profile: this is the least bad one.")
                     : route.unverifiedM() > 0
                     ? tr("No known breach of the profile; %1 m could not be verified (missing "
                          "data).")
                           .arg(QLocale().toString(route.unverifiedM(), 'f', 0))
                     : tr("The route meets the profile.")));
    for (const RouteStretch &s : route.stretches) {
        auto *item = new QTreeWidgetItem(m_stretches);
        item->setText(0, complianceKey(s.compliance));
        item->setForeground(0, complianceColor(s.compliance));
        item->setText(1, tr("%1 m").arg(s.lengthM, 0, 'f', 1));
        item->setText(2, s.name.isEmpty() ? tr("way %1").arg(s.wayId) : s.name);
        QStringList details = s.reasons.isEmpty() ? QStringList {s.kind} : s.reasons;
        details += s.allowances;
        item->setText(3, details.join(QStringLiteral("; ")));
        item->setToolTip(3, item->text(3));
    }
    m_warnings->addItems(route.warnings);
    for (const QString &allowance : route.allowances)
        m_warnings->addItem(tr("Allowance of the norm used: %1").arg(allowance));
    if (!route.compliant) {
        QString html = tr("<p>What prevents a compliant route:</p><ul>");
        for (const RuleBreach &b : route.blockedBy)
            html += QStringLiteral("<li>%1</li>").arg(b.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_explanation->setHtml(html);
    } else {
        QStringList notes;
        if (!route.warnings.isEmpty())
            notes << tr("Every rule is met where the data says; the warnings list where the data "
                        "is missing and the route took a penalty instead.");
        if (!route.allowances.isEmpty())
            notes << tr("Some stretches meet the norm only through its allowances (a chamfered "
                        "kerb, a narrower width where nothing narrows the way): check them on "
                        "site.");
        m_explanation->setPlainText(notes.join(QLatin1Char('\n')));
    }
    if (!m_routeLayer) {
        auto layer = std::make_unique<RouteLayer>();
        m_routeLayer = layer.get();
        m_context.addLayer(std::move(layer));
    }
    m_routeLayer->setRoute(route);
    m_context.refreshMap();
}

void RoutePanel::computeCoverage()
{
    const auto graph = m_router->graph();
    if (!graph) {
        m_context.reportError(tr("Load a pedestrian network first."));
        return;
    }
    QList<RouteTarget> bays = m_bays;
    if (bays.isEmpty()) {
        m_context.reportError(tr("The network holds no disabled parking bay "
                                 "(amenity=parking_space with wheelchair=designated)."));
        return;
    }
    if (m_watcher.isRunning() || m_coverageWatcher.isRunning())
        return; // one job at a time: they share the progress bar and the job control
    const double distance = m_context.project()
                                .section(QStringLiteral("routing"))
                                .value(QStringLiteral("coverage_distance_m"))
                                .toDouble(200.0);
    // Off the UI thread: a département's network takes seconds.
    delete m_job;
    m_job = new JobControl(this);
    connect(
        m_job, &JobControl::progressChanged, this,
        [this](double fraction, const QString &step) {
            m_progress->setValue(int(fraction * 1000));
            m_networkStatus->setText(step);
        },
        Qt::QueuedConnection);
    setBusy(true, tr("Computing the coverage of %1 bays…").arg(bays.size()));
    const ProgressCallback progress = progressCallback(m_job);
    Router *router = m_router;
    const Profile profile = currentProfile();
    m_coverageWatcher.setFuture(QtConcurrent::run([router, bays, profile, distance, progress] {
        return territoire::computeCoverage(*router, bays, {}, profile, distance, progress);
    }));
}

void RoutePanel::coverageComputed()
{
    setBusy(false);
    const auto graph = m_router->graph();
    const CoverageResult result = m_coverageWatcher.result();
    if (result.cancelled || !graph) {
        m_networkStatus->setText(tr("Coverage cancelled."));
        return;
    }
    m_lastCoverage = result;
    if (!m_coverageLayer) {
        auto layer = std::make_unique<CoverageLayer>();
        m_coverageLayer = layer.get();
        m_context.addLayer(std::move(layer));
    }
    m_coverageLayer->setCoverage(*graph, m_lastCoverage);
    m_context.refreshMap();
    m_warnings->clear();
    m_warnings->addItems(m_lastCoverage.gaps);
    const QString done = tr("Coverage of %1 bays within %2 m computed.")
                             .arg(m_lastCoverage.bays.size())
                             .arg(m_lastCoverage.distanceM);
    m_networkStatus->setText(done);
    m_context.showMessage(done);
}

void RoutePanel::exportResults()
{
    const auto graph = m_router->graph();
    if (!graph) {
        m_context.reportError(tr("Load a pedestrian network first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to GeoPackage"), QString(),
                                                      tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = true;
    if (m_lastCoverage.bays.isEmpty() && m_lastRoute.isValid()) {
        ok = RoutingExport::writeRoute(path, m_lastRoute, &error);
    } else {
        const std::vector<AuditEntry> audit = auditNetwork(*m_router, currentProfile());
        ok = RoutingExport::writeCoverage(path, *graph, m_lastCoverage, audit, &error);
    }
    if (!ok)
        m_context.reportError(error);
    else
        m_context.showMessage(tr("Written: %1").arg(path));
}

} // namespace territoire
