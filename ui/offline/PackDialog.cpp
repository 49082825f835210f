#include "PackDialog.h"

#include "offline/ProjectSource.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace territoire {

PackDialog::PackDialog(const Project &project, const QDateTime &now,
                       const QString &observationCachePath, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_now(now)
    , m_observationCachePath(observationCachePath)
    , m_out(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_from(new QDateTimeEdit(now.addDays(-7), this))
    , m_to(new QDateTimeEdit(now, this))
    , m_minZoom(new QSpinBox(this))
    , m_maxZoom(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Write offline pack"));
    auto *form = new QFormLayout;
    auto *outRow = new QHBoxLayout;
    const QString base = project.filePath().isEmpty()
        ? QDir::homePath() + QStringLiteral("/exercise.gpkg")
        : QFileInfo(project.filePath()).absolutePath() + QLatin1Char('/')
            + QFileInfo(project.filePath()).completeBaseName() + QStringLiteral(".gpkg");
    m_out->setText(base);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Offline pack"), m_out->text(),
                                                          tr("Offline packs (*.gpkg)"));
        if (!path.isEmpty())
            m_out->setText(path.endsWith(QLatin1String(".gpkg")) ? path
                                                                 : path + QStringLiteral(".gpkg"));
    });
    outRow->addWidget(m_out);
    outRow->addWidget(browse);
    form->addRow(tr("Pack file:"), outRow);
    m_area->setPlaceholderText(tr("project extent, a polygon layer, or xmin,ymin,xmax,ymax"));
    form->addRow(tr("Area:"), m_area);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        edit->setCalendarPopup(true);
    }
    form->addRow(tr("Recorded from:"), m_from);
    form->addRow(tr("Recorded to:"), m_to);
    auto *zoomRow = new QHBoxLayout;
    m_minZoom->setRange(0, 20);
    m_maxZoom->setRange(0, 20);
    m_minZoom->setValue(10);
    m_maxZoom->setValue(16);
    zoomRow->addWidget(m_minZoom);
    zoomRow->addWidget(new QLabel(tr("to"), this));
    zoomRow->addWidget(m_maxZoom);
    form->addRow(tr("Basemap zoom levels:"), zoomRow);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PackDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_watcher.isRunning()) {
            m_control->cancel();
            m_status->setText(tr("Cancelling…"));
        } else {
            reject();
        }
    });
    connect(&m_watcher, &QFutureWatcher<PackResult>::finished, this, &PackDialog::onFinished);
}

PackDialog::~PackDialog()
{
    if (m_watcher.isRunning()) {
        m_control->cancel();
        m_watcher.waitForFinished();
    }
}

void PackDialog::start()
{
    PackRequest request;
    request.project = m_project;
    request.outPath = m_out->text();
    request.area = m_area->text();
    request.from = m_from->dateTime().toUTC();
    request.to = m_to->dateTime().toUTC();
    request.basemapMinZoom = std::min(m_minZoom->value(), m_maxZoom->value());
    request.basemapMaxZoom = std::max(m_minZoom->value(), m_maxZoom->value());
    request.observationCachePath = m_observationCachePath;
    request.createdAt = m_now;
    m_control = std::make_shared<JobControl>();
    connect(
        m_control.get(), &JobControl::progressChanged, this,
        [this](double fraction, const QString &step) {
            m_progress->setValue(int(fraction * 1000));
            m_status->setText(step);
        },
        Qt::QueuedConnection);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    std::shared_ptr<JobControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run(
        [request, control] { return writePack(request, progressCallback(control.get())); }));
}

void PackDialog::onFinished()
{
    const PackResult result = m_watcher.result();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (result.cancelled) {
        m_status->setText(tr("Cancelled: no pack was written."));
        m_progress->setValue(0);
        return;
    }
    if (!result.ok) {
        m_status->setText(result.error);
        QMessageBox::warning(this, windowTitle(), result.error);
        return;
    }
    QString text = tr("Pack written: %1 vector layers, %2 rasters, %3 basemap tiles, %4 "
                      "observations.\nSize before: %5, after: %6.")
                       .arg(result.vectorLayers)
                       .arg(result.rasterLayers)
                       .arg(result.basemapTiles)
                       .arg(result.observations)
                       .arg(formatBytes(result.bytesBefore), formatBytes(result.bytesAfter));
    if (!result.warnings.isEmpty())
        text += QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n'));
    QMessageBox::information(this, windowTitle(), text);
    accept();
}

} // namespace territoire
