#include "shortcutsdialog.h"
#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QPushButton>
#include <QHeaderView>
#include <QKeySequence>
#include <QSet>

namespace {
// "&Export…" → "Export".
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
QString keysText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &windowActions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    QList<QPair<QString, QString>> window;
    QSet<QString> seen;
    for (const QAction *action : windowActions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << keysText(sequence);
        const QString name = plainText(action->text());
        if (seen.contains(name))
            continue;
        seen.insert(name);
        window.append({name, keys.join(tr(" or "))});
    }
    std::sort(window.begin(), window.end());
    addGroup(tr("Main window"), window);
    addGroup(tr("Lead list"),
             {{tr("Move between the search, the filters and the table"), tr("Tab, Shift+Tab")},
              {tr("From the search box to the table"), tr("Down")},
              {tr("Open the current lead"), tr("Enter")},
              {tr("Select rows"), tr("Shift+Up, Shift+Down, Ctrl+Space")},
              {tr("Select every lead in the view"), keysText(QKeySequence::SelectAll)}});
    addGroup(tr("Lead form"),
             {{tr("Save"), keysText(QKeySequence::Save)},
              {tr("Save and close"), tr("Ctrl+Enter")},
              {tr("Close without saving"), tr("Esc")},
              {tr("Next field, previous field"), tr("Tab, Shift+Tab")},
              {tr("Go to a field or button"), tr("Alt+underlined letter")}});
    addGroup(tr("Pickers (company, contact, employee)"),
             {{tr("Open the matches"), tr("Down")},
              {tr("Take the highlighted match and move on"), tr("Tab or Enter")},
              {tr("Close the matches, then undo the typing"), tr("Esc")}});
    addGroup(tr("Dashboard"),
             {{tr("Refresh"), tr("F5")},
              {tr("Save the chosen chart as PNG"), tr("Ctrl+S")},
              {tr("Copy the chosen chart's numbers as CSV"), tr("Ctrl+Shift+C")},
              {tr("Choose a chart"), tr("Tab, Shift+Tab")}});
    addGroup(tr("Every dialog"),
             {{tr("Confirm (OK, Save, Export…)"), tr("Ctrl+Enter")}, {tr("Cancel"), tr("Esc")}});

    m_ui->shortcutTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->shortcutTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->shortcutTree->header()->setStretchLastSection(false);
    m_ui->shortcutTree->expandAll();
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::addGroup(const QString &title, const QList<QPair<QString, QString>> &rows)
{
    auto *group = new QTreeWidgetItem(m_ui->shortcutTree, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    for (const auto &[action, keys] : rows)
        new QTreeWidgetItem(group, {action, keys});
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_ui->shortcutTree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_ui->shortcutTree->topLevelItem(g);
        bool any = false;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool match = needle.isEmpty() || row->text(0).contains(needle, Qt::CaseInsensitive)
                               || row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int g = 0; g < m_ui->shortcutTree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_ui->shortcutTree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *row = group->child(r);
            if (!group->isHidden() && !row->isHidden())
                rows << QStringLiteral("%1 / %2: %3").arg(group->text(0), row->text(0), row->text(1));
        }
    }
    return rows;
}
