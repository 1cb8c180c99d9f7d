#include "employeesdialog.h"
#include "ui_employeesdialog.h"

#include "dialogparts.h"
#include "employeeadminservice.h"
#include "employeeeditdialog.h"
#include "recordtable.h"

#include <QPushButton>

namespace {

// The first cell of a row also says whether the employee is active (RecordTable keeps the id in UserRole).
constexpr int ActiveRole = Qt::UserRole + 1;

} // namespace

EmployeesDialog::EmployeesDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeesDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    RecordTable::setUp(m_ui->table, {tr("Full name"), tr("Login"), tr("Roles"), tr("Status"), tr("Time zone")});
    DialogParts::nameButtons(m_ui->buttonBox);
    for (QPushButton *b : {m_ui->addButton, m_ui->editButton, m_ui->passwordButton, m_ui->activeButton})
        b->setAutoDefault(false);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { reload(); });
    connect(m_ui->table, &QTableWidget::cellActivated, this, &EmployeesDialog::editEmployee);
    connect(m_ui->table, &QTableWidget::currentCellChanged, this, &EmployeesDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, &EmployeesDialog::addEmployee);
    connect(m_ui->editButton, &QPushButton::clicked, this, &EmployeesDialog::editEmployee);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &EmployeesDialog::resetPassword);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &EmployeesDialog::toggleActive);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
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
    reloadAndSelect(selectedId());
}

void EmployeesDialog::reloadAndSelect(qint64 selectId)
{
    const int generation = ++m_generation;
    EmployeeAdminService(m_session).list(m_ui->searchEdit->text(), this,
                                         [this, generation, selectId](Result<QList<EmployeeRecord>> records) {
                                             if (generation != m_generation)
                                                 return;
                                             if (!records)
                                                 DialogParts::showError(m_ui->errorLabel, records.error());
                                             fill(records.value_or({}), selectId);
                                             Q_EMIT reloaded();
                                         });
}

void EmployeesDialog::fill(const QList<EmployeeRecord> &records, qint64 selectId)
{
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
    selectEmployee(selectId);
    if (m_ui->table->currentRow() < 0 && !records.isEmpty())
        m_ui->table->setCurrentCell(0, 0);
    updateButtons();
}

void EmployeesDialog::updateButtons()
{
    const QTableWidgetItem *item = m_ui->table->item(m_ui->table->currentRow(), 0);
    const bool has = item != nullptr;
    m_ui->editButton->setEnabled(has && !m_busy);
    m_ui->passwordButton->setEnabled(has && !m_busy);
    m_ui->activeButton->setEnabled(has && !m_busy);
    const bool active = has && item->data(ActiveRole).toBool();
    m_ui->activeButton->setText(active || !has ? tr("&Deactivate") : tr("Re&activate"));
    m_ui->activeButton->setAccessibleName(m_ui->activeButton->text().remove(u'&'));
    m_ui->activeButton->setShortcut(QKeySequence(tr("Ctrl+D")));
}

void EmployeesDialog::addEmployee()
{
    EmployeeEditDialog dialog(m_session, EmployeeEditDialog::Mode::Add, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(dialog.employeeId());
}

void EmployeesDialog::editEmployee()
{
    if (selectedId() <= 0)
        return;
    EmployeeEditDialog dialog(m_session, EmployeeEditDialog::Mode::Edit, selectedId(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void EmployeesDialog::resetPassword()
{
    if (selectedId() <= 0)
        return;
    EmployeeEditDialog dialog(m_session, EmployeeEditDialog::Mode::Password, selectedId(), this);
    dialog.exec();
}

void EmployeesDialog::toggleActive()
{
    const QTableWidgetItem *item = m_ui->table->item(m_ui->table->currentRow(), 0);
    if (!item || m_busy)
        return;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    const qint64 id = RecordTable::idAt(m_ui->table, m_ui->table->currentRow());
    EmployeeAdminService(m_session).setActive(id, !item->data(ActiveRole).toBool(), this, [this](Result<void> done) {
        m_busy = false;
        unsetCursor();
        updateButtons();
        DialogParts::showError(m_ui->errorLabel, done.error());
        if (done)
            reload();
        Q_EMIT changeFinished(done.has_value());
    });
}
