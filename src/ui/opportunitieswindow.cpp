#include "opportunitieswindow.h"
#include "ui_opportunitieswindow.h"

#include "dialogparts.h"
#include "employeeadmin.h"
#include "opportunitydialog.h"
#include "opportunityrepository.h"
#include "recordtable.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

OpportunitiesWindow::OpportunitiesWindow(QSqlDatabase db, const Employee &me, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpportunitiesWindow>())
    , m_db(std::move(db))
    , m_me(me)
    , m_zone(QTimeZone::systemTimeZone())
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    const QString zone = EmployeeAdmin(m_db).timeZoneOf(me.id);
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        m_zone = QTimeZone(zone.toUtf8());
    RecordTable::setUp(m_ui->table,
                       {tr("Name"), tr("Company"), tr("Contact"), tr("Owner"), tr("Created"), tr("Source lead")});
    DialogParts::nameButtons(m_ui->buttonBox);
    m_ui->openButton->setAutoDefault(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &OpportunitiesWindow::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->table, &QTableWidget::cellActivated, this, &OpportunitiesWindow::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &OpportunitiesWindow::openSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

OpportunitiesWindow::~OpportunitiesWindow() = default;

QTableWidget *OpportunitiesWindow::table() const
{
    return m_ui->table;
}

QString OpportunitiesWindow::countText() const
{
    return m_ui->countLabel->text();
}

void OpportunitiesWindow::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    m_debounce->stop();
    reload();
}

qint64 OpportunitiesWindow::opportunityIdAt(int row) const
{
    return RecordTable::idAt(m_ui->table, row);
}

void OpportunitiesWindow::reload()
{
    const OpportunityRepository repository(m_db);
    const QString text = m_ui->searchEdit->text();
    const QList<Opportunity> list = repository.search(text, PageSize);
    const qint64 total = list.size() < PageSize ? list.size() : repository.count(text);
    const QLocale locale;
    m_ui->table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Opportunity &o = list.at(row);
        RecordTable::setRow(m_ui->table, row,
                            {o.name, o.companyName, o.contactName, o.ownerName,
                             locale.toString(o.createdAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm")),
                             tr("%1 (#%2)").arg(o.leadName).arg(o.leadId)},
                            o.id);
    }
    m_ui->table->resizeColumnsToContents();
    if (list.size() < total)
        m_ui->countLabel->setText(tr("Showing the newest %1 of %2 opportunities; search to narrow.")
                                      .arg(locale.toString(list.size()), locale.toString(total)));
    else
        m_ui->countLabel->setText(tr("%1 opportunities").arg(locale.toString(total)));
    if (!list.isEmpty() && m_ui->table->currentRow() < 0)
        m_ui->table->setCurrentCell(0, 0);
}

void OpportunitiesWindow::openSelected()
{
    const qint64 id = opportunityIdAt(m_ui->table->currentRow());
    if (id <= 0)
        return;
    OpportunityDialog dialog(m_db, id, m_zone, this);
    connect(&dialog, &OpportunityDialog::openLeadRequested, this, [this, &dialog](qint64 leadId) {
        dialog.accept();
        Q_EMIT openLeadRequested(leadId);
    });
    dialog.exec();
}
