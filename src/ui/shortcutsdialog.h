#pragma once

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}
class QAction;

// Help > Keyboard shortcuts (Ctrl+/): every key of the main window (read off its actions, so the
// list cannot fall behind them), then those of the lead form, the pickers and every dialog.
// A Find field narrows the list to actions or keys containing the text.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // `windowActions`: the main window's actions; those with a shortcut are listed under it.
    explicit ShortcutsDialog(const QList<QAction *> &windowActions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The rows shown (after the filter), as "Group / Action: Keys", for tests and screen readers.
    QStringList visibleRows() const;

private:
    void addGroup(const QString &title, const QList<QPair<QString, QString>> &rows);
    void filter(const QString &text);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
