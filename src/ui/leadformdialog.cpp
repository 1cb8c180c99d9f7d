#include "leadformdialog.h"
#include "ui_leadform.h"

#include "dialogparts.h"
#include "leadactionsbar.h"
#include "leadconflictdialog.h"
#include "leadheaderstrip.h"
#include "leadlifecycle.h"
#include "leadmodel.h"
#include "leadsource.h"
#include "leadvalidator.h"
#include "permissions.h"
#include "leadrelatedlists.h"
#include "referencepicker.h"
#include "statuscolors.h"
#include "session.h"
#include "visibilityrules.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>

namespace {

// The fields in visual (and tab) order: the lead, the company, the contact, the rest.
const LeadField kVisualOrder[] = {
    LeadField::Name, LeadField::Source, LeadField::Campaign, LeadField::SellingDirection,
    LeadField::ServiceOrProduct,
    LeadField::LeadCompanyName, LeadField::NewCompany, LeadField::ExistingCompany, LeadField::CompanyName,
    LeadField::CompanyWebsite, LeadField::CompanyTin,
    LeadField::NewContact, LeadField::ExistingContact, LeadField::FirstName, LeadField::LastName,
    LeadField::MiddleName, LeadField::ContactPhone, LeadField::ContactEmail,
    LeadField::Owner, LeadField::City, LeadField::Channel, LeadField::Description,
};
static_assert(std::size(kVisualOrder) == LeadFieldCount);


int idx(LeadField field)
{
    return static_cast<int>(field);
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

LeadFormDialog::LeadFormDialog(Session *session, qint64 leadId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LeadFormDialog>())
    , m_session(session)
    , m_store(session)
    , m_me(session->employee())
    , m_requestedId(qMax<qint64>(0, leadId))
    , m_model(new LeadModel(session, this))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);
    for (LeadSource source : LeadSources::all())
        m_ui->sourceCombo->addItem(LeadSources::label(source), static_cast<int>(source));

    setUpRows();
    setUpInputs();
    setUpMapper();
    setUpTabOrder();

    connect(m_model, &LeadModel::rulesChanged, this, &LeadFormDialog::applyRules);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int c = from.column(); c <= to.column(); ++c) {
            if (c == idx(LeadField::ExistingCompany))
                static_cast<ReferencePicker *>(input(LeadField::ExistingContact))
                    ->setParentId(m_model->lead().existingCompanyId);
            if (c == idx(LeadField::SellingDirection))
                static_cast<ReferencePicker *>(input(LeadField::ServiceOrProduct))
                    ->setParentId(m_model->lead().sellingDirectionId);
        }
    });
    connect(m_model, &LeadModel::referencesLoaded, this, &LeadFormDialog::showReferences);
    connect(m_model, &LeadModel::loaded, this, &LeadFormDialog::onLoaded);
    connect(m_model, &LeadModel::loadFailed, this, &LeadFormDialog::onLoadFailed);
    connect(m_model, &LeadModel::saved, this, &LeadFormDialog::onSaved);
    connect(m_model, &LeadModel::saveFailed, this, &LeadFormDialog::onSaveFailed);
    connect(m_model, &LeadModel::saveConflicted, this, &LeadFormDialog::onSaveConflicted);
    applyRules(m_model->rules());
    setUpButtons();

    // The life cycle (issue #6): allowed actions, the Opportunity field, Opportunities and History.
    LeadLifecycle::attach(this, m_ui->headerStrip->actionsBar(), m_ui->leadRelatedLists, m_session, [this] {
        m_reloading = true;
        m_model->load(this->leadId());
    });

    if (m_requestedId > 0) {
        // Opens at once; the fields fill (and become editable) when the lead arrives.
        setReadOnly(true, tr("Reading lead %1…").arg(m_requestedId));
        m_model->load(m_requestedId);
    } else {
        startNewLead();
        updatePermissions();
    }
    updateTitle();
    updateHeader();
    fitToScreen();
    input(LeadField::Name)->setFocus();
}

void LeadFormDialog::fitToScreen()
{
    // As large as the form wants, within the screen's free area less a title bar: a stored lead
    // has its History and Opportunities beside the fields. A 1366x768 screen holds it all.
    const QSize wanted(m_requestedId > 0 ? 1400 : 1120, 760);
    const QSize room = screen()->availableGeometry().size() - QSize(0, 36);
    resize(wanted.boundedTo(room).expandedTo(minimumSizeHint()));
}

LeadFormDialog::~LeadFormDialog()
{
    // QDialog's destructor hides the dialog, and a field losing focus then would reach this
    // object's slots (duplicate checks) after its members are gone.
    for (const Row &row : m_rows) {
        if (row.input)
            QObject::disconnect(row.input, nullptr, this, nullptr);
    }
}

QString LeadFormDialog::lastSourceKey(qint64 employeeId)
{
    return QStringLiteral("leadForm/lastSource/%1").arg(employeeId);
}

QString LeadFormDialog::defaultSourceKey(qint64 employeeId)
{
    return QStringLiteral("leadForm/defaultSource/%1").arg(employeeId);
}

void LeadFormDialog::startNewLead()
{
    // The source this employee chose in Settings, else the one of their last new lead; the first
    // time, the first source.
    LeadSource source = LeadSource::SelfGeneration;
    if (m_me.id <= 0)
        return;
    const QSettings settings;
    if (!LeadSources::fromCode(settings.value(defaultSourceKey(m_me.id)).toString(), &source)
        && !LeadSources::fromCode(settings.value(lastSourceKey(m_me.id)).toString(), &source))
        return;
    Lead start;
    start.source = source;
    m_model->clear(start);
}

void LeadFormDialog::setUpButtons()
{
    connect(m_ui->saveButton, &QPushButton::clicked, this, &LeadFormDialog::save);
    connect(m_ui->saveAndExitButton, &QPushButton::clicked, this, &LeadFormDialog::saveAndExit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LeadFormDialog::reject);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    // Ctrl+Enter is Save and exit (also in Description, where Enter is a new line); while a save
    // runs the button is disabled and the keys do nothing. A read-only form closes.
    DialogParts::confirmWithKeyboard(this, m_ui->saveAndExitButton);
    m_ui->statusLabel->clear();
    m_ui->bannerLabel->hide();
}

qint64 LeadFormDialog::leadId() const
{
    return m_model->lead().id > 0 ? m_model->lead().id : m_requestedId;
}

bool LeadFormDialog::isLoading() const
{
    return m_model->isLoading();
}

bool LeadFormDialog::isSaving() const
{
    return m_model->isSaving();
}

QString LeadFormDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void LeadFormDialog::showReferences()
{
    for (int i = 0; i < LeadFieldCount; ++i) {
        if (auto *picker = qobject_cast<ReferencePicker *>(m_rows[i].input))
            picker->setItem(m_model->reference(static_cast<LeadField>(i)));
    }
    showTextStarts();
    updateHeader();
}

void LeadFormDialog::showTextStarts()
{
    // A text wider than its field shows its beginning, not its end, until the field is entered.
    for (const Row &row : m_rows) {
        QLineEdit *edit = qobject_cast<QLineEdit *>(row.input);
        if (auto *picker = qobject_cast<ReferencePicker *>(row.input))
            edit = picker->lineEdit();
        if (edit && !edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

LeadHeaderStrip *LeadFormDialog::headerStrip() const
{
    return m_ui->headerStrip;
}

bool LeadFormDialog::isBeingRead() const
{
    return m_requestedId > 0 && m_model->lead().id <= 0 && !m_loadFailed;
}

bool LeadFormDialog::isStored() const
{
    return m_requestedId > 0 || m_model->lead().id > 0;
}

void LeadFormDialog::updateHeader()
{
    // A stored lead shows its number, stage, owner and allowed actions in the strip; its Owner
    // changes only by Assign or Reassign there, so the Owner row is not shown twice.
    // While it is being read the strip keeps its room, so that nothing moves when it arrives.
    const Lead &lead = m_model->lead();
    m_ui->headerStrip->setVisible(isStored() && !m_loadFailed);
    if (lead.id > 0) {
        const ReferenceItem owner = lead.ownerId > 0 ? m_model->reference(LeadField::Owner) : ReferenceItem{};
        m_ui->headerStrip->showLead(lead, owner.id == lead.ownerId ? owner.name : QString());
    } else if (isStored()) {
        m_ui->headerStrip->showLoading(m_requestedId, m_notice);
    }
    applyRules(m_model->rules());
}

void LeadFormDialog::onLoaded()
{
    m_loadFailed = false;
    setReadOnly(false, QString());
    showTextStarts();
    updatePermissions();
    updateTitle();
    updateHeader();
    if (m_reloading) {
        m_reloading = false;
        Q_EMIT leadSaved(leadId());
    }
    Q_EMIT loadFinished(true);
}

void LeadFormDialog::onLoadFailed(const QString &error)
{
    m_reloading = false;
    m_loadFailed = true;
    setReadOnly(true, error.isEmpty() ? tr("Lead %1 could not be read.").arg(leadId()) : error);
    updateTitle();
    updateHeader();
    Q_EMIT loadFinished(false);
}

QString LeadFormDialog::notice() const
{
    return m_notice;
}

QWidget *LeadFormDialog::input(LeadField field) const
{
    return m_rows[idx(field)].input;
}

QLabel *LeadFormDialog::label(LeadField field) const
{
    return m_rows[idx(field)].label;
}

QWidget *LeadFormDialog::rowWidget(LeadField field) const
{
    return m_rows[idx(field)].container;
}

bool LeadFormDialog::isRowShown(LeadField field) const
{
    return formOf(field)->isRowVisible(rowWidget(field));
}

QString LeadFormDialog::messageFor(LeadField field) const
{
    const Row &row = m_rows[idx(field)];
    return row.message && !row.message->isHidden() ? row.message->text() : QString();
}

QString LeadFormDialog::duplicateNoticeFor(LeadField field) const
{
    const Row &row = m_rows[idx(field)];
    return row.duplicateBox && !row.duplicateBox->isHidden() ? row.duplicateText : QString();
}

QList<QPushButton *> LeadFormDialog::duplicateActionsFor(LeadField field) const
{
    QList<QPushButton *> buttons;
    for (QWidget *line : m_rows[idx(field)].duplicateLines)
        buttons << line->findChild<QPushButton *>();
    return buttons;
}

QFormLayout *LeadFormDialog::formOf(LeadField field) const
{
    return m_rows[idx(field)].form;
}

void LeadFormDialog::setUpRows()
{
    const auto set = [this](LeadField field, QWidget *input, QLabel *label) {
        Row &row = m_rows[idx(field)];
        row.input = input;
        row.label = label;
        row.container = input;
        // The accessible name is the visible label, without mnemonic or required marker.
        input->setAccessibleName(LeadFields::label(field));
        // The group the .ui puts the field in.
        int position = -1;
        QFormLayout::ItemRole role;
        for (QFormLayout *form : {m_ui->leadForm, m_ui->companyForm, m_ui->contactForm, m_ui->otherForm}) {
            form->getWidgetPosition(input, &position, &role);
            if (position >= 0) {
                row.form = form;
                break;
            }
        }
        Q_ASSERT(row.form);
        if (!label)
            return;
        row.labelText = label->text();
        // The field column gets a small column of its own: the input, then its message and its
        // duplicate notice, hidden until needed; hiding the form row hides all of them.
        QFormLayout *form = row.form;
        QFormLayout::TakeRowResult taken = form->takeRow(position);
        delete taken.labelItem;
        delete taken.fieldItem;
        auto *container = new QWidget(input->parentWidget());
        auto *column = new QVBoxLayout(container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(input);
        row.message = new QLabel(container);
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        row.message->setAccessibleName(tr("%1 message").arg(LeadFields::label(field)));
        row.message->hide();
        column->addWidget(row.message);
        row.duplicateBox = new QWidget(container);
        auto *notice = new QVBoxLayout(row.duplicateBox);
        notice->setContentsMargins(0, 0, 0, 0);
        notice->setSpacing(2);
        auto *heading = new QLabel(tr("Possible duplicate:"), row.duplicateBox);
        heading->setAccessibleName(tr("%1 possible duplicates").arg(LeadFields::label(field)));
        StatusColors::apply(heading, StatusColors::Tone::Warning);
        notice->addWidget(heading);
        row.duplicateBox->hide();
        column->addWidget(row.duplicateBox);
        form->insertRow(position, label, container);
        row.container = container;
    };
    set(LeadField::Name, m_ui->nameEdit, m_ui->nameLabel);
    set(LeadField::Source, m_ui->sourceCombo, m_ui->sourceLabel);
    set(LeadField::LeadCompanyName, m_ui->leadCompanyNameEdit, m_ui->leadCompanyNameLabel);
    set(LeadField::NewCompany, m_ui->newCompanyCheck, nullptr);
    set(LeadField::ExistingCompany, m_ui->existingCompanyPicker, m_ui->existingCompanyLabel);
    set(LeadField::CompanyName, m_ui->companyNameEdit, m_ui->companyNameLabel);
    set(LeadField::CompanyWebsite, m_ui->companyWebsiteEdit, m_ui->companyWebsiteLabel);
    set(LeadField::CompanyTin, m_ui->companyTinEdit, m_ui->companyTinLabel);
    set(LeadField::Campaign, m_ui->campaignPicker, m_ui->campaignLabel);
    set(LeadField::SellingDirection, m_ui->sellingDirectionPicker, m_ui->sellingDirectionLabel);
    set(LeadField::ServiceOrProduct, m_ui->servicePicker, m_ui->serviceLabel);
    set(LeadField::NewContact, m_ui->newContactCheck, nullptr);
    set(LeadField::FirstName, m_ui->firstNameEdit, m_ui->firstNameLabel);
    set(LeadField::LastName, m_ui->lastNameEdit, m_ui->lastNameLabel);
    set(LeadField::MiddleName, m_ui->middleNameEdit, m_ui->middleNameLabel);
    set(LeadField::ContactPhone, m_ui->contactPhoneEdit, m_ui->contactPhoneLabel);
    set(LeadField::ContactEmail, m_ui->contactEmailEdit, m_ui->contactEmailLabel);
    set(LeadField::ExistingContact, m_ui->existingContactPicker, m_ui->existingContactLabel);
    set(LeadField::Description, m_ui->descriptionEdit, m_ui->descriptionLabel);
    set(LeadField::Owner, m_ui->ownerPicker, m_ui->ownerLabel);
    set(LeadField::City, m_ui->cityEdit, m_ui->cityLabel);
    set(LeadField::Channel, m_ui->channelPicker, m_ui->channelLabel);

    alignLabels();
}

void LeadFormDialog::alignLabels()
{
    // The groups stacked in one column share one label width, so their fields line up; the width
    // fits the longest label with its required marker, so a marker appearing moves nothing.
    const QList<QList<QFormLayout *>> columns = {{m_ui->leadForm, m_ui->companyForm},
                                                 {m_ui->contactForm, m_ui->otherForm}};
    for (const QList<QFormLayout *> &column : columns) {
        QList<QLabel *> labels;
        int width = 0;
        for (const Row &row : m_rows) {
            if (!row.label || !column.contains(row.form))
                continue;
            labels << row.label;
            width = qMax(width, row.label->fontMetrics().horizontalAdvance(withoutMnemonic(row.labelText)
                                                                           + QStringLiteral(" *")));
        }
        for (QLabel *label : labels) {
            label->setMinimumWidth(width + 2);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

void LeadFormDialog::setUpInputs()
{
    setUpPickers();
    for (QCheckBox *check : {m_ui->newCompanyCheck, m_ui->newContactCheck}) {
        connect(check, &QCheckBox::toggled, this, [this, check] { commit(check); });
    }
    connect(m_ui->sourceCombo, &QComboBox::activated, this, [this] { commit(m_ui->sourceCombo); });
    setUpLineEdits();
    setUpTinFilter();
}

void LeadFormDialog::setUpPickers()
{
    const struct
    {
        LeadField field;
        ReferenceKind kind;
    } pickers[] = {
        {LeadField::ExistingCompany, ReferenceKind::Company},
        {LeadField::Campaign, ReferenceKind::Campaign},
        {LeadField::SellingDirection, ReferenceKind::SellingDirection},
        {LeadField::ServiceOrProduct, ReferenceKind::ServiceOrProduct},
        {LeadField::ExistingContact, ReferenceKind::Contact},
        {LeadField::Owner, ReferenceKind::Employee},
        {LeadField::Channel, ReferenceKind::Channel},
    };
    for (const auto &p : pickers) {
        auto *picker = static_cast<ReferencePicker *>(input(p.field));
        picker->setSource(m_session, p.kind);
        picker->lineEdit()->setAccessibleName(LeadFields::label(p.field));
        connect(picker, &ReferencePicker::changed, this, [this, picker, field = p.field] {
            m_model->setReference(field, picker->item());
            commit(picker);
            setMessage(field, QString(), true);
        });
    }
    static_cast<ReferencePicker *>(input(LeadField::ExistingCompany))
        ->setPlaceholderText(tr("Type part of the company's name or TIN…"));
    static_cast<ReferencePicker *>(input(LeadField::ExistingContact))
        ->setPlaceholderText(tr("Type part of the contact's name…"));
}

void LeadFormDialog::setUpLineEdits()
{
    for (int i = 0; i < LeadFieldCount; ++i) {
        const auto field = static_cast<LeadField>(i);
        auto *edit = qobject_cast<QLineEdit *>(input(field));
        if (!edit)
            continue;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            // Pasted line breaks and tabs become spaces at once; a website gets its scheme.
            QString text = edit->text();
            if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\t')))
                text = LeadValidator::normaliseLine(text);
            if (field == LeadField::CompanyWebsite && !text.trimmed().isEmpty()) {
                const QString website = LeadValidator::normaliseWebsite(text);
                if (!website.isEmpty())
                    text = website;
            }
            if (field == LeadField::ContactEmail && !text.trimmed().isEmpty())
                text = LeadValidator::normaliseEmail(text);
            if (text != edit->text())
                edit->setText(text);
            commit(edit);
            checkField(field);
            checkDuplicates(field);
        });
    }
}

void LeadFormDialog::setUpTinFilter()
{
    // The TIN takes digits only: whatever else is typed or pasted is dropped at once, and said.
    connect(m_ui->companyTinEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString digits;
        int cursor = m_ui->companyTinEdit->cursorPosition();
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i).isDigit())
                digits += QChar(u'0' + text.at(i).digitValue());
            else if (i < m_ui->companyTinEdit->cursorPosition())
                --cursor;
        }
        if (digits == text)
            return;
        m_ui->companyTinEdit->setText(digits);
        m_ui->companyTinEdit->setCursorPosition(qMax(0, cursor));
        setMessage(LeadField::CompanyTin,
                   tr("%1: takes digits only; spaces, letters and other characters were removed.")
                       .arg(LeadFields::label(LeadField::CompanyTin)),
                   false);
    });
    m_ui->companyTinEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_ui->contactPhoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ui->contactEmailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_ui->companyWebsiteEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_ui->companyWebsiteEdit->setPlaceholderText(QStringLiteral("https://example.com"));
    m_ui->companyTinEdit->setPlaceholderText(tr("9, 10 or 12 digits"));
}

void LeadFormDialog::setUpMapper()
{
    m_mapper->setModel(m_model);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    for (int i = 0; i < LeadFieldCount; ++i) {
        const auto field = static_cast<LeadField>(i);
        QWidget *w = input(field);
        if (field == LeadField::Source)
            m_mapper->addMapping(w, i, "currentIndex");
        else
            m_mapper->addMapping(w, i);   // the widget's user property: text, checked, plainText, referenceId
        // The form commits each input itself (on leaving it, on a tick or a pick); the delegate's
        // own key handling would swallow Esc (which must reach Cancel) and Tab.
        w->removeEventFilter(m_mapper->itemDelegate());
    }
    m_mapper->toFirst();
}

void LeadFormDialog::setUpTabOrder()
{
    // The strip's actions (above the fields), the fields in visual order, a stored lead's lists,
    // the buttons; Tab on the last goes round to the first.
    LeadActionsBar *actions = m_ui->headerStrip->actionsBar();
    QList<QWidget *> order = {actions->assignButton(), actions->reassignButton(), actions->qualifyButton(),
                              actions->disqualifyButton()};
    // A picker goes in whole (it and its line edit, its focus proxy): moving only the line edit
    // left the picker behind, a Tab stop that sent the focus back into the fields.
    for (LeadField field : kVisualOrder)
        order << input(field);
    order << m_ui->leadRelatedLists->tabOrder();
    order << m_ui->saveButton << m_ui->saveAndExitButton << m_ui->cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void LeadFormDialog::commit(QWidget *w)
{
    if (m_applying)
        return;
    // With AutoSubmit the mapper writes just this widget's value into the model.
    Q_EMIT m_mapper->itemDelegate()->commitData(w);
}

void LeadFormDialog::applyRules(const FieldRules &rules)
{
    // Label and input hide together (QFormLayout::setRowVisible); the rows that change are all
    // below the control that changes them, so nothing above moves.
    for (int i = 0; i < LeadFieldCount; ++i) {
        const auto field = static_cast<LeadField>(i);
        const Row &row = m_rows[i];
        QFormLayout *form = formOf(field);
        // A stored lead's owner shows in the header strip.
        const bool shown = rules.isShown(field) && !(field == LeadField::Owner && isStored());
        if (form->isRowVisible(row.container) != shown)
            form->setRowVisible(row.container, shown);
        if (row.label) {
            const QString text = rules.isRequired(field) ? row.labelText + QStringLiteral(" *") : row.labelText;
            if (row.label->text() != text)
                row.label->setText(text);
            row.input->setProperty("required", rules.isRequired(field));
            row.input->setAccessibleDescription(rules.isRequired(field) ? tr("Required") : QString());
        }
    }
}

void LeadFormDialog::setMessage(LeadField field, const QString &text, bool error)
{
    Row &row = m_rows[idx(field)];
    if (!row.message)
        return;
    row.message->setText(text);
    StatusColors::apply(row.message, error ? StatusColors::Tone::Error : StatusColors::Tone::Warning);
    row.message->setVisible(!text.isEmpty());
    QWidget *target = row.input;
    if (auto *picker = qobject_cast<ReferencePicker *>(target))
        target = picker->lineEdit();
    const bool invalid = error && !text.isEmpty();
    StatusColors::markInvalid(target, invalid);
    row.input->setProperty("invalid", invalid);
}

void LeadFormDialog::showIssue(const ValidationResult &result, LeadField field)
{
    QString message = result.errorFor(field);
    const bool error = !message.isEmpty();
    if (!error) {
        for (const FieldIssue &warning : result.warnings) {
            if (warning.field == field) {
                message = warning.message;
                break;
            }
        }
    }
    setMessage(field, message, error);
}

void LeadFormDialog::showIssues(const ValidationResult &result)
{
    for (LeadField field : kVisualOrder)
        showIssue(result, field);
}

void LeadFormDialog::checkField(LeadField field)
{
    // As-you-type check on leaving a field: its format only, and only once something is in it.
    if (m_model->field(field).toString().trimmed().isEmpty())
        setMessage(field, QString(), true);
    else
        showIssue(m_model->validate(), field);
}

void LeadFormDialog::checkDuplicates(LeadField field)
{
    if (field != LeadField::CompanyTin && field != LeadField::ContactEmail && field != LeadField::ContactPhone)
        return;
    const QString value = m_model->field(field).toString().trimmed();
    // Leaving the field again (Tab onto the notice's buttons) keeps the notice of the same text.
    if (!value.isEmpty() && value == m_checkedValues[idx(field)] && m_rows[idx(field)].message->text().isEmpty()) {
        Q_EMIT duplicatesChecked(idx(field));
        return;
    }
    // A notice about other text goes at once; the answer for this text comes from the Read lane.
    showDuplicates(field, {});
    const quint64 serial = ++m_duplicateChecks[idx(field)];
    if (value.isEmpty() || !m_rows[idx(field)].message->text().isEmpty()) {
        Q_EMIT duplicatesChecked(idx(field));
        return;
    }
    m_store.duplicates(field, value, leadId(), this,
                       [this, field, value, serial](Result<QList<DuplicateMatch>> matches) {
                           // The text changed since (or was checked again): this answer is stale.
                           if (serial != m_duplicateChecks[idx(field)]
                               || m_model->field(field).toString().trimmed() != value)
                               return;
                           showDuplicates(field, matches ? *matches : QList<DuplicateMatch>());
                           if (matches)
                               m_checkedValues[idx(field)] = value;
                           Q_EMIT duplicatesChecked(idx(field));
                       });
}

void LeadFormDialog::showDuplicates(LeadField field, const QList<DuplicateMatch> &matches)
{
    Row &row = m_rows[idx(field)];
    m_checkedValues[idx(field)].clear();
    // The old lines go (later: one of their buttons may be what is being clicked).
    for (QWidget *line : std::as_const(row.duplicateLines)) {
        line->hide();
        line->deleteLater();
    }
    row.duplicateLines.clear();
    row.duplicateText.clear();
    if (matches.isEmpty()) {
        row.duplicateBox->hide();
        updateDuplicateShortcuts();
        return;
    }
    QStringList lines;
    QWidget *previous = row.input;
    if (auto *picker = qobject_cast<ReferencePicker *>(previous))
        previous = picker->lineEdit();
    for (const DuplicateMatch &m : matches) {
        const QString name = m.name.toHtmlEscaped();
        QString text;
        QString action;
        switch (m.kind) {
        case DuplicateMatch::Kind::Company:
            text = tr("Company <b>%1</b> has this TIN.").arg(name);
            action = tr("Use this company");
            break;
        case DuplicateMatch::Kind::Contact:
            text = tr("Contact <b>%1</b> (%2) exists.").arg(name, m.detail.toHtmlEscaped());
            action = tr("Use this contact");
            break;
        case DuplicateMatch::Kind::Lead:
            text = tr("Open lead <b>%1</b> has the same %2.")
                       .arg(name, LeadFields::label(field).toLower().toHtmlEscaped());
            action = tr("Open lead");
            break;
        }
        lines << text + QLatin1Char(' ') + action;
        auto *line = new QWidget(row.duplicateBox);
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, line);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        StatusColors::apply(label, StatusColors::Tone::Warning);
        layout->addWidget(label, 1);
        // A real button: reached by Tab right after the field, pressed with Space, and the
        // first of its kind in the form by its shortcut (updateDuplicateShortcuts()).
        auto *button = new QPushButton(action, line);
        button->setAutoDefault(false);
        button->setAccessibleName(action);
        button->setProperty("duplicateKind", static_cast<int>(m.kind));
        button->setEnabled(!m_readOnly || m.kind == DuplicateMatch::Kind::Lead);
        connect(button, &QPushButton::clicked, this, [this, m] { useDuplicate(m); });
        layout->addWidget(button, 0, Qt::AlignTop);
        row.duplicateBox->layout()->addWidget(line);
        line->show();
        setTabOrder(previous, button);
        previous = button;
        row.duplicateLines << line;
    }
    row.duplicateText = tr("Possible duplicate:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    row.duplicateBox->show();
    updateDuplicateShortcuts();
}

void LeadFormDialog::updateDuplicateShortcuts()
{
    const struct
    {
        DuplicateMatch::Kind kind;
        QKeySequence keys;
    } shortcuts[] = {
        {DuplicateMatch::Kind::Company, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {DuplicateMatch::Kind::Contact, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {DuplicateMatch::Kind::Lead, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
    };
    // One button per shortcut, never two (an ambiguous shortcut does nothing).
    QList<int> given;
    for (LeadField field : kVisualOrder) {
        for (QPushButton *button : duplicateActionsFor(field)) {
            const int kind = button->property("duplicateKind").toInt();
            for (const auto &s : shortcuts) {
                if (static_cast<int>(s.kind) != kind)
                    continue;
                const bool first = !given.contains(kind);
                button->setShortcut(first ? s.keys : QKeySequence());
                button->setToolTip(first ? tr("%1 (%2)").arg(button->text(), s.keys.toString(QKeySequence::NativeText))
                                         : QString());
                given << kind;
            }
        }
    }
}

void LeadFormDialog::useDuplicate(const DuplicateMatch &match)
{
    const qint64 id = match.id;
    if (match.kind == DuplicateMatch::Kind::Lead) {
        if (isSignalConnected(QMetaMethod::fromSignal(&LeadFormDialog::openLeadRequested))) {
            Q_EMIT openLeadRequested(id);
            return;
        }
        auto *other = new LeadFormDialog(m_session, id, parentWidget() ? parentWidget() : this);
        other->setAttribute(Qt::WA_DeleteOnClose);
        connect(other, &LeadFormDialog::leadSaved, this, &LeadFormDialog::leadSaved);
        other->show();
        return;
    }
    if (m_readOnly)
        return;
    if (match.kind == DuplicateMatch::Kind::Company) {
        m_model->setField(LeadField::NewCompany, false);
        m_model->setField(LeadField::ExistingCompany, id);
        ++m_duplicateChecks[idx(LeadField::CompanyTin)];
        showDuplicates(LeadField::CompanyTin, {});
        input(LeadField::ExistingCompany)->setFocus();
    } else {
        m_model->setField(LeadField::NewContact, false);
        m_model->setField(LeadField::ExistingContact, id);
        ++m_duplicateChecks[idx(LeadField::ContactEmail)];
        ++m_duplicateChecks[idx(LeadField::ContactPhone)];
        showDuplicates(LeadField::ContactEmail, {});
        showDuplicates(LeadField::ContactPhone, {});
        input(LeadField::ExistingContact)->setFocus();
    }
}

bool LeadFormDialog::save()
{
    if (m_readOnly || m_model->isLoading() || m_model->isSaving())
        return false;
    // Whether the employee may edit (and, on a new lead, assign) was settled by updatePermissions:
    // the form is read-only or the Owner picker locked otherwise; LeadRepository checks again.
    m_mapper->submit();
    ValidationResult result;
    if (!m_model->save(&result)) {
        showInvalid(result);
        return false;
    }
    m_saveWarnings = result;
    m_savingNew = m_model->lead().id <= 0;
    setStatus(tr("Saving…"), false);
    m_ui->saveButton->setEnabled(false);
    m_ui->saveAndExitButton->setEnabled(false);
    return true;
}

void LeadFormDialog::showInvalid(const ValidationResult &result)
{
    m_exitAfterSave = false;
    showIssues(result);
    for (LeadField field : kVisualOrder) {
        if (!result.errorFor(field).isEmpty()) {
            input(field)->setFocus();
            break;
        }
    }
    setStatus(tr("Not saved: %n field(s) need attention.", nullptr, int(result.errors.size())), true);
}

void LeadFormDialog::setStatus(const QString &text, bool error)
{
    if (error)
        StatusColors::apply(m_ui->statusLabel, StatusColors::Tone::Error);
    else
        StatusColors::clear(m_ui->statusLabel);
    m_ui->statusLabel->setText(text);
}

void LeadFormDialog::onSaved()
{
    if (m_savingNew && m_me.id > 0)
        QSettings().setValue(lastSourceKey(m_me.id), LeadSources::code(m_model->lead().source));
    m_savingNew = false;
    m_ui->saveButton->setEnabled(true);
    m_ui->saveAndExitButton->setEnabled(true);
    showIssues(m_saveWarnings);   // warnings (INN check digits) stay visible
    setStatus(tr("Saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), false);
    updateTitle();
    updatePermissions();
    updateHeader();
    Q_EMIT leadSaved(leadId());
    if (m_exitAfterSave)
        accept();
    Q_EMIT saveFinished(true);
}

void LeadFormDialog::onSaveFailed(const QString &error)
{
    // Nothing typed is lost: the model keeps the lead as it is.
    m_exitAfterSave = false;
    m_ui->saveButton->setEnabled(true);
    m_ui->saveAndExitButton->setEnabled(true);
    setStatus(tr("Not saved: %1").arg(error), true);
    Q_EMIT saveFinished(false);
}

LeadConflictDialog *LeadFormDialog::conflictDialog() const
{
    return m_conflictDialog;
}

void LeadFormDialog::onSaveConflicted(const QString &message)
{
    // Someone else saved the lead meanwhile: what they changed, and Reload or Keep editing. The
    // dialog is window-modal and waits for nothing; the form keeps everything typed either way.
    if (m_conflictDialog)
        m_conflictDialog->close();
    m_conflictDialog = new LeadConflictDialog(message, m_model->conflictDiff(), this);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictDialog, &QDialog::accepted, this, [this] {
        if (!m_model->reloadKeepingEdits())
            return;
        setStatus(tr("Reloaded with their changes; your edits are kept. Save to store them."), false);
        Q_EMIT conflictReloaded();
    });
    m_conflictDialog->open();
}

void LeadFormDialog::saveAndExit()
{
    if (m_readOnly && !m_model->isLoading()) {
        QDialog::reject();
        return;
    }
    if (save())
        m_exitAfterSave = true;
}

void LeadFormDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would click an auto-default button (any button added to the form) on Return;
    // in a form of 22 fields Return only confirms the field.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LeadFormDialog::reject()
{
    if (m_model->isSaving())
        return;   // the status line says "Saving…"; the form closes once it may
    if (!m_readOnly) {
        if (hasUnsavedChanges()) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"), tr("The lead has unsaved changes. Save them before closing?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Save) {
                if (save())
                    m_exitAfterSave = true;
                return;
            }
        }
    }
    QDialog::reject();
}

bool LeadFormDialog::hasUnsavedChanges()
{
    if (m_model->isSaving())
        return true;
    if (m_readOnly)
        return false;
    m_mapper->submit();
    return m_model->isModified();
}

void LeadFormDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    for (const Row &row : m_rows) {
        if (auto *edit = qobject_cast<QLineEdit *>(row.input)) {
            // Its hint ("9, 10 or 12 digits") is kept aside while the field is read-only.
            if (!edit->property("editPlaceholder").isValid())
                edit->setProperty("editPlaceholder", edit->placeholderText());
            edit->setReadOnly(readOnly);
            edit->setPlaceholderText(readOnly ? QString() : edit->property("editPlaceholder").toString());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(row.input))
            text->setReadOnly(readOnly);
        else if (auto *picker = qobject_cast<ReferencePicker *>(row.input))
            picker->setReadOnly(readOnly);
        else if (row.input)
            row.input->setEnabled(!readOnly);
    }
    m_ui->saveButton->setVisible(!readOnly);
    m_ui->saveAndExitButton->setVisible(!readOnly);
    m_ui->cancelButton->setText(readOnly ? tr("Close") : tr("Cancel"));
    m_ui->cancelButton->setAccessibleName(m_ui->cancelButton->text());
    m_notice = reason;
    m_ui->bannerLabel->setText(reason);
    // While the lead is being read the strip says so, in the room it keeps (updateHeader()).
    m_ui->bannerLabel->setVisible(!reason.isEmpty() && !isBeingRead());
}

void LeadFormDialog::updatePermissions()
{
    if (m_loadFailed || m_model->isLoading())
        return;   // the lead could not be read, or has not arrived yet
    const Lead &lead = m_model->lead();
    const bool isOwner = lead.ownerId > 0 && lead.ownerId == m_me.id;
    const Decision edit = lead.id > 0 ? Permissions::check(m_me.roles, LeadAction::Edit, lead.state, isOwner)
                                      : Permissions::check(m_me.roles, LeadAction::Create, lead.state, false);
    if (!edit) {
        setReadOnly(true, tr("Read-only: %1").arg(edit.reason));
        return;
    }
    // Choosing the Owner is Assign. On a new lead the form does it (the lead is created assigned);
    // a stored lead is assigned or reassigned with the life cycle's actions, which check, record
    // the history and change the state in one transaction.
    auto *owner = static_cast<ReferencePicker *>(input(LeadField::Owner));
    if (lead.id > 0) {
        owner->setReadOnly(true);
        owner->lineEdit()->setToolTip(tr("Change the Owner with Assign or Reassign."));
    } else {
        const Decision assign = Permissions::check(m_me.roles, LeadAction::Assign, LeadState::New, false);
        owner->setReadOnly(!assign);
        owner->lineEdit()->setToolTip(assign ? m_ui->ownerPicker->toolTip() : assign.reason);
    }
}

void LeadFormDialog::updateTitle()
{
    const Lead &lead = m_model->lead();
    QString title = lead.id > 0
        ? tr("Lead %1: %2 — %3").arg(QString::number(lead.id), lead.name, LeadStates::label(lead.state))
        : m_requestedId > 0 ? tr("Lead %1").arg(m_requestedId)
                            : tr("New lead");
    if (m_readOnly)
        title += tr(" (read-only)");
    setWindowTitle(title);
}
