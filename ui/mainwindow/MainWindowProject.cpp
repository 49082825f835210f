// Project files and layer sources of the main window: new, open, save, add and reload layers.
#include "mainwindow/MainWindow.h"

#include "base/Logging.h"
#include "canvas/CoordinateLabel.h"
#include "canvas/MapCanvas.h"
#include "common/AppContext.h"
#include "layers/LayerPanel.h"
#include "layers/LayerPropertiesDialog.h"
#include "layers/LayerStack.h"
#include "layers/LayerTreeModel.h"
#include "layers/LayerTypes.h"
#include "layers/VectorLayer.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/LayerLoadMonitor.h"
#include "mainwindow/MainContext.h"
#include "mainwindow/MessagesDock.h"
#include "mainwindow/SublayerDialog.h"
#include "map/LayerRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>

namespace territoire {

namespace {
const QRectF belfortExtent(QPointF(975000, 6710000), QPointF(1005000, 6760000));

QString projectFilter()
{
    return QCoreApplication::translate("MainWindow", "Territoire projects (*.territoire)");
}

// The CRS a layer warning suggests ("… looks like EPSG:2154 …"), for the one-click override.
QString suggestedCrs(const QString &warning)
{
    static const QRegularExpression suggestion(
        QStringLiteral("(?:suggest\\w*|looks? like|probably|likely|try)[^.]*?(EPSG:\\d{4,6})"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = suggestion.match(warning);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

void MainWindow::newProject()
{
    m_loads->cancelAll();
    m_pendingAdds.clear();
    m_installing = true;
    m_layers->clear();
    m_project = Project();
    m_installing = false;
    m_messagesDock->clear();
    m_canvas->setMapCrs(m_project.mapCrs());
    m_coordinateLabel->setMapCrs(m_project.mapCrs());
    m_crsLabel->setText(m_project.mapCrs().authId());
    m_canvas->setExtent(belfortExtent);
    setModified(false);
    updateTitle();
    Q_EMIT m_context->projectLoaded();
}

std::unique_ptr<MapLayer> MainWindow::createLayer(const ProjectLayer &descriptor, QString *error)
{
    LayerContext layerContext;
    layerContext.clock = clock();
    layerContext.project = &m_project;
    layerContext.services = m_context;
    return LayerRegistry::instance().create(descriptor, layerContext, error);
}

bool MainWindow::openProject(const QString &path)
{
    Project parsed;
    QString error;
    if (!parsed.load(path, &error)) {
        reportError(error.isEmpty() ? tr("%1: the project could not be read.").arg(path) : error);
        return false;
    }

    // The file is good: replace the open project.
    m_loads->cancelAll();
    m_pendingAdds.clear();
    m_messagesDock->clear();
    m_installing = true;
    m_layers->clear();
    m_project = parsed;
    const Crs crs = m_project.mapCrs().isValid() ? m_project.mapCrs() : Crs::lambert93();
    m_canvas->setMapCrs(crs);
    m_coordinateLabel->setMapCrs(crs);
    m_crsLabel->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());

    // Layers are made here and read their data in the background.
    QList<MapLayer *> created;
    for (const ProjectLayer &descriptor : std::as_const(m_project.layers())) {
        QString layerError;
        std::unique_ptr<MapLayer> layer = createLayer(descriptor, &layerError);
        if (!layer) {
            m_layers->addUnavailable(descriptor);
            m_messagesDock->addMessage(
                MessagesDock::Level::Error, descriptor.name,
                layerError.isEmpty()
                    ? tr("%1: the layer could not be opened.").arg(descriptor.source)
                    : layerError);
            continue;
        }
        created.append(layer.get());
        m_layers->add(std::move(layer));
    }
    m_installing = false;
    m_canvas->setLayers(m_layers->layers());

    m_zoomWhenLoaded = m_project.extent().isNull();
    if (!m_zoomWhenLoaded)
        m_canvas->setExtent(m_project.extent());
    for (MapLayer *layer : std::as_const(created))
        m_loads->watch(layer);

    setModified(false);
    AppSettings::addRecentProject(path);
    updateTitle();
    showStatusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT m_context->projectLoaded();
    Q_EMIT m_context->layersChanged();
    Q_EMIT projectOpened(path);
    return true;
}

void MainWindow::onLayerLoaded(MapLayer *layer, bool ok, const QString &error)
{
    const QString id = layer->id();
    const bool added = m_pendingAdds.removeAll(id) > 0;
    if (!ok && added) {
        // A layer the user just added could not be read: the project goes back as it was.
        m_installing = true;
        m_layers->remove(layer);
        m_installing = false;
        m_canvas->setLayers(m_layers->layers());
        setModified(m_modifiedBeforeAdd);
        reportError(error);
        return;
    }
    if (!ok) {
        m_messagesDock->removeMessages(layer->name());
        m_messagesDock->addMessage(MessagesDock::Level::Error, layer->name(), error);
        return;
    }
    listLayerWarnings(layer);
    m_layerPanel->model()->refreshLayer(layer);
    if (added && m_layers->count() == 1)
        m_canvas->zoomToLayer(layer);
}

bool MainWindow::saveProject(const QString &path)
{
    Q_EMIT m_context->aboutToSaveProject();
    m_project.layers() = m_layers->descriptors();
    m_project.setExtent(m_canvas->mapSettings().visibleExtent());
    if (m_project.title().isEmpty())
        m_project.setTitle(QFileInfo(path).completeBaseName());
    QString error;
    if (!m_project.save(path, &error)) {
        reportError(error.isEmpty() ? tr("%1: the project could not be saved.").arg(path) : error);
        return false;
    }
    setModified(false);
    AppSettings::addRecentProject(path);
    updateTitle();
    showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The project has unsaved changes. Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return onSave();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateTitle()
{
    const QString name = m_project.filePath().isEmpty()
        ? tr("Untitled project")
        : QFileInfo(m_project.filePath()).completeBaseName();
    setWindowTitle(tr("%1[*] — Territoire").arg(name));
}

void MainWindow::onNew()
{
    if (maybeSaveChanges())
        newProject();
}

void MainWindow::onOpen()
{
    if (!maybeSaveChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), AppSettings::lastDirectory(), projectFilter());
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(path);
    openProject(path);
}

bool MainWindow::onSave()
{
    if (m_project.filePath().isEmpty())
        return onSaveAs();
    return saveProject(m_project.filePath());
}

bool MainWindow::onSaveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"),
                                                AppSettings::lastDirectory(), projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".territoire");
    AppSettings::setLastDirectory(path);
    return saveProject(path);
}

void MainWindow::onAddLayer()
{
    const QString filter = tr("Geographic data (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.osm "
                              "*.pbf *.tif *.tiff *.gml *.kml *.sqlite);;All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add layer"),
                                                            AppSettings::lastDirectory(), filter);
    if (paths.isEmpty())
        return;
    AppSettings::setLastDirectory(paths.first());
    for (const QString &path : paths) {
        QString error;
        QList<ProjectLayer> descriptors = descriptorsForSource(path, &error);
        if (descriptors.isEmpty()) {
            reportError(error.isEmpty() ? tr("%1: no layer found.").arg(path) : error);
            continue;
        }
        if (descriptors.size() > 1) {
            SublayerDialog dialog(path, descriptors, this);
            if (dialog.exec() != QDialog::Accepted)
                continue;
            descriptors = dialog.selectedDescriptors();
        }
        addLayers(descriptors);
    }
}

void MainWindow::onAddDatabaseLayer()
{
    bool ok = false;
    const QString connection = QInputDialog::getText(
        this, tr("Add PostGIS layer"),
        tr("Connection string, for example PG:host=localhost dbname=territoire user=gis"),
        QLineEdit::Normal, QStringLiteral("PG:"), &ok);
    if (ok && connection.trimmed().size() > 3)
        addLayersFromSource(connection.trimmed());
}

bool MainWindow::addLayersFromSource(const QString &source)
{
    QString error;
    const QList<ProjectLayer> descriptors = descriptorsForSource(source, &error);
    if (descriptors.isEmpty()) {
        reportError(error.isEmpty() ? tr("%1: no layer found.").arg(source) : error);
        return false;
    }
    addLayers(descriptors);
    return true;
}

void MainWindow::addLayers(const QList<ProjectLayer> &descriptors)
{
    if (m_pendingAdds.isEmpty())
        m_modifiedBeforeAdd = m_modified;
    for (ProjectLayer descriptor : descriptors) {
        Project ids = m_project;
        ids.layers() = m_layers->descriptors();
        descriptor.id
            = ids.uniqueLayerId(descriptor.name.isEmpty() ? descriptor.type : descriptor.name);
        QString error;
        std::unique_ptr<MapLayer> layer = createLayer(descriptor, &error);
        if (!layer) {
            reportError(error.isEmpty()
                            ? tr("%1: the layer could not be opened.").arg(descriptor.source)
                            : error);
            continue;
        }
        m_pendingAdds.append(descriptor.id);
        MapLayer *raw = layer.get();
        addLayer(std::move(layer));
        m_layerPanel->setCurrentLayer(raw);
    }
}

void MainWindow::listLayerWarnings(MapLayer *layer)
{
    m_messagesDock->removeMessages(layer->name());
    const ProjectLayer descriptor = layer->descriptor();
    // The CRS the layer's check guessed from its coordinates; it goes with the warning that
    // names it, in any language. Other layer types may still suggest one in their text.
    QString guessed;
    if (const auto *vector = qobject_cast<const VectorLayer *>(layer))
        guessed = vector->summary().crs.suggestion;
    bool offered = false;
    for (const QString &warning : layer->warnings()) {
        QString crs;
        if (descriptor.crsOverride.isEmpty()) {
            crs = !guessed.isEmpty() && !offered && warning.contains(guessed)
                ? guessed
                : suggestedCrs(warning);
        }
        offered = offered || !crs.isEmpty();
        if (crs.isEmpty()) {
            m_messagesDock->addMessage(MessagesDock::Level::Warning, layer->name(), warning);
            continue;
        }
        const QString id = layer->id();
        m_messagesDock->addMessage(MessagesDock::Level::Warning, layer->name(), warning,
                                   tr("Use %1").arg(crs), [this, id, crs] {
                                       MapLayer *target = m_layers->layerById(id);
                                       if (!target)
                                           return;
                                       ProjectLayer changed = target->descriptor();
                                       changed.crsOverride = crs;
                                       applyLayerDescriptor(target, changed);
                                   });
    }
}

void MainWindow::applyLayerDescriptor(MapLayer *layer, const ProjectLayer &descriptor)
{
    const ProjectLayer old = layer->descriptor();
    const bool reread = old.crsOverride != descriptor.crsOverride
        || old.encoding != descriptor.encoding || old.source != descriptor.source
        || old.sublayer != descriptor.sublayer;
    layer->applyDescriptor(descriptor);
    setModified(true);
    if (reread) {
        m_messagesDock->removeMessages(old.name);
        m_loads->watch(layer);
    }
}

void MainWindow::showLayerProperties(MapLayer *layer)
{
    if (!layer)
        return;
    const QString id = layer->id();
    auto *dialog = new LayerPropertiesDialog(layer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LayerPropertiesDialog::applied, this,
            [this, id](const ProjectLayer &descriptor) {
                if (MapLayer *target = m_layers->layerById(id))
                    applyLayerDescriptor(target, descriptor);
            });
    dialog->open();
}

} // namespace territoire
