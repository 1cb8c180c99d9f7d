#include "referencedatadialog.h"
#include "ui_referencedatadialog.h"

#include "dialogparts.h"
#include "recordtable.h"
#include "referenceadminservice.h"
#include "referenceeditdialog.h"
#include "referencekinds.h"

#include <QPushButton>

namespace {

QStringList headers(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company:
        return {ReferenceDataDialog::tr("Company name"), ReferenceDataDialog::tr("Website"), ReferenceDataDialog::tr("TIN")};
    case ReferenceKind::Contact:
        return {ReferenceDataDialog::tr("Name"), ReferenceDataDialog::tr("Company"), ReferenceDataDialog::tr("Phone"),
                ReferenceDataDialog::tr("Email")};
    case ReferenceKind::ServiceOrProduct:
        return {ReferenceDataDialog::tr("Name"), ReferenceDataDialog::tr("Selling direction")};
    default:
        return {ReferenceDataDialog::tr("Name")};
    }
}

QStringList texts(ReferenceKind kind, const ReferenceRecord &r)
{
    switch (kind) {
    case ReferenceKind::Company:
        return {r.name, r.website, r.tin};
    case ReferenceKind::Contact:
        return {r.name, r.parentName, r.phone, r.email};
    case ReferenceKind::ServiceOrProduct:
        return {r.name, r.parentName};
    default:
        return {r.name};
    }
}

} // namespace

ReferenceDataDialog::ReferenceDataDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReferenceDataDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const ReferenceKind kind : ReferenceKinds::administered())
        m_ui->kindCombo->addItem(ReferenceKinds::label(kind), static_cast<int>(kind));
    DialogParts::nameButtons(m_ui->buttonBox);
    for (QPushButton *b : {m_ui->addButton, m_ui->editButton, m_ui->deleteButton})
        b->setAutoDefault(false);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] { reloadAndSelect(0); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { reloadAndSelect(0); });
    connect(m_ui->table, &QTableWidget::cellActivated, this, &ReferenceDataDialog::editRecord);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ReferenceDataDialog::addRecord);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ReferenceDataDialog::editRecord);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ReferenceDataDialog::deleteRecord);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    reload();
}

ReferenceDataDialog::~ReferenceDataDialog() = default;

void ReferenceDataDialog::setKind(ReferenceKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(kind)));
}

ReferenceKind ReferenceDataDialog::kind() const
{
    return static_cast<ReferenceKind>(m_ui->kindCombo->currentData().toInt());
}

void ReferenceDataDialog::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

QTableWidget *ReferenceDataDialog::table() const
{
    return m_ui->table;
}

QString ReferenceDataDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

qint64 ReferenceDataDialog::selectedId() const
{
    return RecordTable::currentId(m_ui->table);
}

void ReferenceDataDialog::selectRecord(qint64 id)
{
    RecordTable::select(m_ui->table, id);
}

void ReferenceDataDialog::reload()
{
    reloadAndSelect(selectedId());
}

void ReferenceDataDialog::reloadAndSelect(qint64 selectId)
{
    const int generation = ++m_generation;
    const ReferenceKind k = kind();
    ReferenceAdminService(m_session).list(k, m_ui->searchEdit->text(), PageSize, this,
                                          [this, generation, k, selectId](Result<QList<ReferenceRecord>> records) {
                                              if (generation != m_generation)
                                                  return;
                                              if (!records)
                                                  DialogParts::showError(m_ui->errorLabel, records.error());
                                              fill(k, records.value_or({}), selectId);
                                              Q_EMIT reloaded();
                                          });
}

void ReferenceDataDialog::fill(ReferenceKind kind, const QList<ReferenceRecord> &records, qint64 selectId)
{
    m_ui->table->clear();
    RecordTable::setUp(m_ui->table, headers(kind));
    m_ui->table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row)
        RecordTable::setRow(m_ui->table, row, texts(kind, records.at(row)), records.at(row).id);
    m_ui->table->resizeColumnsToContents();
    if (!records.isEmpty())
        m_ui->table->setCurrentCell(0, 0);
    selectRecord(selectId);
    updateButtons();
}

void ReferenceDataDialog::updateButtons()
{
    const bool has = m_ui->table->rowCount() > 0;
    m_ui->editButton->setEnabled(has && !m_busy);
    m_ui->deleteButton->setEnabled(has && !m_busy);
}

void ReferenceDataDialog::addRecord()
{
    ReferenceEditDialog dialog(m_session, kind(), 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(dialog.recordId());
}

void ReferenceDataDialog::editRecord()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    ReferenceEditDialog dialog(m_session, kind(), id, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(id);
}

void ReferenceDataDialog::deleteRecord()
{
    const qint64 id = selectedId();
    if (id <= 0 || m_busy)
        return;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    ReferenceAdminService(m_session).remove(kind(), id, this, [this](Result<void> done) {
        m_busy = false;
        unsetCursor();
        updateButtons();
        DialogParts::showError(m_ui->errorLabel, done.error());
        if (done)
            reloadAndSelect(0);
        Q_EMIT changeFinished(done.has_value());
    });
}
