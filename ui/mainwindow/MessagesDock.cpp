#include "mainwindow/MessagesDock.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace territoire {

namespace {
constexpr int levelRole = Qt::UserRole + 1;

struct FixHolder
{
    std::function<void()> fix;
};
} // namespace

MessagesDock::MessagesDock(QWidget *parent)
    : QDockWidget(tr("Messages"), parent)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("MessagesDock"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Source"), tr("Message"), QString()});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(0, 180);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    auto *clearButton = new QToolButton;
    clearButton->setText(tr("Clear"));
    clearButton->setAutoRaise(true);
    connect(clearButton, &QToolButton::clicked, this, &MessagesDock::clear);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(clearButton);
    layout->addLayout(row);
    setWidget(content);
}

void MessagesDock::addMessage(Level level, const QString &source, const QString &text,
                              const QString &fixText, std::function<void()> fix)
{
    auto *item = new QTreeWidgetItem(m_tree, {source, text});
    item->setData(0, levelRole, int(level));
    item->setToolTip(1, text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    item->setIcon(0, style()->standardIcon(icon));

    if (fix && !fixText.isEmpty()) {
        auto *button = new QPushButton(fixText);
        auto holder = std::make_shared<FixHolder>(FixHolder {std::move(fix)});
        button->setProperty("hasFix", true);
        connect(button, &QPushButton::clicked, this, [button, holder] {
            button->setEnabled(false);
            if (holder->fix)
                std::exchange(holder->fix, nullptr)();
        });
        m_tree->setItemWidget(item, 2, button);
    }
    m_tree->scrollToItem(item);
    if (level != Level::Information)
        Q_EMIT attentionNeeded();
}

void MessagesDock::removeMessages(const QString &source)
{
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_tree->topLevelItem(i)->text(0) == source)
            delete m_tree->takeTopLevelItem(i);
    }
}

void MessagesDock::clear()
{
    m_tree->clear();
}

int MessagesDock::count() const
{
    return m_tree->topLevelItemCount();
}

bool MessagesDock::contains(const QString &source, const QString &text) const
{
    for (int i = 0; i < count(); ++i) {
        if (this->source(i) == source && this->text(i) == text)
            return true;
    }
    return false;
}

QString MessagesDock::text(int row) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->text(1) : QString();
}

QString MessagesDock::source(int row) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->text(0) : QString();
}

MessagesDock::Level MessagesDock::level(int row) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? Level(item->data(0, levelRole).toInt()) : Level::Information;
}

bool MessagesDock::hasFix(int row) const
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    const auto *button = item ? qobject_cast<QPushButton *>(m_tree->itemWidget(item, 2)) : nullptr;
    return button && button->isEnabled();
}

void MessagesDock::applyFix(int row)
{
    QTreeWidgetItem *item = m_tree->topLevelItem(row);
    if (auto *button = item ? qobject_cast<QPushButton *>(m_tree->itemWidget(item, 2)) : nullptr)
        button->click();
}

} // namespace territoire
