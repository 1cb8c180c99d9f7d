#include "employeesdialog.h"
#include "ui_employeesdialog.h"

#include "dialogparts.h"
#include "employeeadmin.h"
#include "employeeeditdialog.h"
#include "recordtable.h"

#include <QPushButton>

namespace {

// The first cell of a row also says whether the employee is active (RecordTable keeps the id in UserRole).
constexpr int ActiveRole = Qt::UserRole + 1;

} // namespace

EmployeesDialog::EmployeesDialog(QSqlDatabase db, const Employee &me, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeesDialog>()), m_db(std::move(db)), m_me(me)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    RecordTable::setUp(m_ui->table, {tr("Full name"), tr("Login"), tr("Roles"), tr("Status"), tr("Time zone")});
    DialogParts::nameButtons(m_ui->buttonBox);
    for (QPushButton *b : {m_ui->addButton, m_ui->editButton, m_ui->passwordButton, m_ui->activeButton})
        b->setAutoDefault(false);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &EmployeesDialog::reload);
    connect(m_ui->table, &QTableWidget::cellActivated, this, &EmployeesDialog::editEmployee);
    connect(m_ui->table, &QTableWidget::currentCellChanged, this, &EmployeesDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, &EmployeesDialog::addEmployee);
    connect(m_ui->editButton, &QPushButton::clicked, this, &EmployeesDialog::editEmployee);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &EmployeesDialog::resetPassword);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &EmployeesDialog::toggleActive);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

EmployeesDialog::~EmployeesDialog() = default;

QTableWidget *EmployeesDialog::table() const
{
    return m_ui->table;
}

QString EmployeesDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

qint64 EmployeesDialog::selectedId() const
{
    return RecordTable::currentId(m_ui->table);
}

void EmployeesDialog::selectEmployee(qint64 id)
{
    RecordTable::select(m_ui->table, id);
}

void EmployeesDialog::reload()
{
    const qint64 selected = selectedId();
    const QList<EmployeeRecord> records = EmployeeAdmin(m_db).list(m_ui->searchEdit->text());
    m_ui->table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const EmployeeRecord &r = records.at(row);
        RecordTable::setRow(m_ui->table, row,
                            {r.displayName, r.login, Roles::codes(r.roles).replace(u',', QStringLiteral(", ")),
                             r.active ? tr("Active") : tr("Deactivated"),
                             r.timeZone.isEmpty() ? tr("This computer's") : r.timeZone},
                            r.id);
        m_ui->table->item(row, 0)->setData(ActiveRole, r.active);
        for (int column = 0; !r.active && column < m_ui->table->columnCount(); ++column)
            m_ui->table->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_ui->table->resizeColumnsToContents();
    selectEmployee(selected);
    if (m_ui->table->currentRow() < 0 && !records.isEmpty())
        m_ui->table->setCurrentCell(0, 0);
    updateButtons();
}

void EmployeesDialog::updateButtons()
{
    const QTableWidgetItem *item = m_ui->table->item(m_ui->table->currentRow(), 0);
    const bool has = item != nullptr;
    m_ui->editButton->setEnabled(has);
    m_ui->passwordButton->setEnabled(has);
    m_ui->activeButton->setEnabled(has);
    const bool active = has && item->data(ActiveRole).toBool();
    m_ui->activeButton->setText(active || !has ? tr("&Deactivate") : tr("Re&activate"));
    m_ui->activeButton->setAccessibleName(m_ui->activeButton->text().remove(u'&'));
    m_ui->activeButton->setShortcut(QKeySequence(tr("Ctrl+D")));
}

void EmployeesDialog::addEmployee()
{
    EmployeeEditDialog dialog(m_db, m_me, EmployeeEditDialog::Mode::Add, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectEmployee(dialog.employeeId());
    }
}

void EmployeesDialog::editEmployee()
{
    if (selectedId() <= 0)
        return;
    EmployeeEditDialog dialog(m_db, m_me, EmployeeEditDialog::Mode::Edit, selectedId(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void EmployeesDialog::resetPassword()
{
    if (selectedId() <= 0)
        return;
    EmployeeEditDialog dialog(m_db, m_me, EmployeeEditDialog::Mode::Password, selectedId(), this);
    dialog.exec();
}

void EmployeesDialog::toggleActive()
{
    const QTableWidgetItem *item = m_ui->table->item(m_ui->table->currentRow(), 0);
    if (!item)
        return;
    QString error;
    if (!EmployeeAdmin(m_db).setActive(m_me, RecordTable::idAt(m_ui->table, m_ui->table->currentRow()),
                                       !item->data(ActiveRole).toBool(), &error)) {
        DialogParts::showError(m_ui->errorLabel, error);
        return;
    }
    m_ui->errorLabel->hide();
    reload();
}
