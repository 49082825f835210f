#pragma once

#include "map/IdentifyResult.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QTreeWidget;

namespace territoire {

// The "Identify" dock: the features found under a click, grouped by layer, each with its
// attributes as field/value rows.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IdentifyDock(QWidget *parent = nullptr);

    void showResults(const QList<IdentifyResult> &results);
    QList<IdentifyResult> results() const { return m_results; }
    // The value of a field in the first result that has it; invalid when none.
    QVariant firstValue(const QString &field) const;

private:
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QList<IdentifyResult> m_results;
};

} // namespace territoire
