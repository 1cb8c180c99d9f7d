#include "leadconflictdialog.h"
#include "ui_leadconflictdialog.h"

#include "dialogparts.h"
#include "leaddiff.h"

#include <QFont>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTableWidgetItem>

LeadConflictDialog::LeadConflictDialog(const QString &message, const LeadDiff &diff, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LeadConflictDialog>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setText(message);
    QTableWidget *table = m_ui->changesTable;
    table->setRowCount(int(diff.entries().size()));
    int row = 0;
    for (const LeadDiffEntry &entry : diff.entries()) {
        const QString both = tr("You changed this field too: your value is kept when you reload.");
        auto *yours = new QTableWidgetItem(entry.yours);
        if (entry.youChanged) {
            QFont bold = yours->font();
            bold.setBold(true);
            yours->setFont(bold);
            yours->setToolTip(both);
        }
        table->setItem(row, 0, new QTableWidgetItem(entry.label));
        table->setItem(row, 1, new QTableWidgetItem(entry.theirs));
        table->setItem(row, 2, yours);
        ++row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    if (diff.isEmpty()) {
        m_ui->changesLabel->setText(tr("Their save changed none of the fields."));
        table->hide();
    }
    // The keys the labels underline, also where the platform shows no mnemonics.
    m_ui->reloadButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    m_ui->keepEditingButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_K));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->keepEditingButton, &QPushButton::clicked, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->reloadButton);
    m_ui->reloadButton->setFocus();
}

LeadConflictDialog::~LeadConflictDialog() = default;

QString LeadConflictDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

QTableWidget *LeadConflictDialog::changesTable() const
{
    return m_ui->changesTable;
}

QPushButton *LeadConflictDialog::reloadButton() const
{
    return m_ui->reloadButton;
}

QPushButton *LeadConflictDialog::keepEditingButton() const
{
    return m_ui->keepEditingButton;
}
