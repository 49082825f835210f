#pragma once

#include <QDockWidget>

#include <functional>

class QTreeWidget;

namespace territoire {

// The "Messages" dock: what went wrong or needs a look (errors, layer warnings such as CRS
// doubts or invalid geometries), newest last. A message may carry a fix the user can apply
// with a button (e.g. "Use EPSG:2154" for a layer whose CRS is doubtful).
class MessagesDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessagesDock(QWidget *parent = nullptr);

    // source: the file, layer or feed the message is about (shown in its own column).
    void addMessage(Level level, const QString &source, const QString &text,
                    const QString &fixText = {}, std::function<void()> fix = {});
    // Removes the messages about a source (before re-listing a reloaded layer's warnings).
    void removeMessages(const QString &source);
    void clear();

    int count() const;
    bool contains(const QString &source, const QString &text) const;
    QString text(int row) const;
    QString source(int row) const;
    Level level(int row) const;
    bool hasFix(int row) const;
    // Applies the fix of a row (as its button would).
    void applyFix(int row);

Q_SIGNALS:
    // A warning or an error arrived: the window may raise the dock.
    void attentionNeeded();

private:
    QTreeWidget *m_tree;
};

} // namespace territoire
