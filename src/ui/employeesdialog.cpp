#include "employeesdialog.h"
#include "ui_employeesdialog.h"

#include "employeeadmin.h"
#include "employeeeditdialog.h"

#include <QHeaderView>
#include <QPushButton>

EmployeesDialog::EmployeesDialog(QSqlDatabase db, const Employee &me, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeesDialog>()), m_db(std::move(db)), m_me(me)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->table->setColumnCount(5);
    m_ui->table->setHorizontalHeaderLabels({tr("Full name"), tr("Login"), tr("Roles"), tr("Status"), tr("Time zone")});
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
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
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

qint64 EmployeesDialog::selectedId() const
{
    const QTableWidgetItem *item = m_ui->table->item(m_ui->table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void EmployeesDialog::selectEmployee(qint64 id)
{
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        if (m_ui->table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_ui->table->setCurrentCell(row, 0);
            return;
        }
    }
}

void EmployeesDialog::reload()
{
    const qint64 selected = selectedId();
    const QList<EmployeeRecord> records = EmployeeAdmin(m_db).list(m_ui->searchEdit->text());
    m_ui->table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const EmployeeRecord &r = records.at(row);
        const QStringList texts{r.displayName, r.login, Roles::codes(r.roles).replace(u',', QStringLiteral(", ")),
                                r.active ? tr("Active") : tr("Deactivated"),
                                r.timeZone.isEmpty() ? tr("This computer's") : r.timeZone};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(Qt::UserRole, r.id);
            item->setData(Qt::UserRole + 1, r.active);
            if (!r.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_ui->table->setItem(row, column, item);
        }
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
    const bool active = has && item->data(Qt::UserRole + 1).toBool();
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
    if (!EmployeeAdmin(m_db).setActive(m_me, item->data(Qt::UserRole).toLongLong(),
                                       !item->data(Qt::UserRole + 1).toBool(), &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    reload();
}
