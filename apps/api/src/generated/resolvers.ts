/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './resolverTypes';
    import    { assignableOperators as Query_assignableOperators } from './../modules/indicators/resolvers/Query/assignableOperators';
import    { auditChain as Query_auditChain } from './../modules/audit/resolvers/Query/auditChain';
import    { auditLog as Query_auditLog } from './../modules/audit/resolvers/Query/auditLog';
import    { changesSince as Query_changesSince } from './../modules/changes/resolvers/Query/changesSince';
import    { directives as Query_directives } from './../modules/issues/resolvers/Query/directives';
import    { issues as Query_issues } from './../modules/issues/resolvers/Query/issues';
import    { me as Query_me } from './../modules/auth/resolvers/Query/me';
import    { myRecoveryCodesLeft as Query_myRecoveryCodesLeft } from './../modules/auth/resolvers/Query/myRecoveryCodesLeft';
import    { mySessions as Query_mySessions } from './../modules/auth/resolvers/Query/mySessions';
import    { myTasks as Query_myTasks } from './../modules/entry/resolvers/Query/myTasks';
import    { node as Query_node } from './../modules/org/resolvers/Query/node';
import    { notificationPreferences as Query_notificationPreferences } from './../modules/notifications/resolvers/Query/notificationPreferences';
import    { notifications as Query_notifications } from './../modules/notifications/resolvers/Query/notifications';
import    { officialAgreement as Query_officialAgreement } from './../modules/agreements/resolvers/Query/officialAgreement';
import    { onboardingTemplate as Query_onboardingTemplate } from './../modules/onboarding/resolvers/Query/onboardingTemplate';
import    { periodLocks as Query_periodLocks } from './../modules/periods/resolvers/Query/periodLocks';
import    { reportingBoard as Query_reportingBoard } from './../modules/reporting/resolvers/Query/reportingBoard';
import    { scoreboard as Query_scoreboard } from './../modules/scoreboard/resolvers/Query/scoreboard';
import    { skpAppraisees as Query_skpAppraisees } from './../modules/skp/resolvers/Query/skpAppraisees';
import    { skpDistribution as Query_skpDistribution } from './../modules/skp/resolvers/Query/skpDistribution';
import    { skpPlan as Query_skpPlan } from './../modules/skp/resolvers/Query/skpPlan';
import    { skpPlans as Query_skpPlans } from './../modules/skp/resolvers/Query/skpPlans';
import    { skpViewerOfficial as Query_skpViewerOfficial } from './../modules/skp/resolvers/Query/skpViewerOfficial';
import    { tenantSettings as Query_tenantSettings } from './../modules/settings/resolvers/Query/tenantSettings';
import    { tenants as Query_tenants } from './../modules/org/resolvers/Query/tenants';
import    { unsignedAgreementCount as Query_unsignedAgreementCount } from './../modules/agreements/resolvers/Query/unsignedAgreementCount';
import    { unsignedAgreements as Query_unsignedAgreements } from './../modules/agreements/resolvers/Query/unsignedAgreements';
import    { users as Query_users } from './../modules/users/resolvers/Query/users';
import    { verificationQueue as Query_verificationQueue } from './../modules/verification/resolvers/Query/verificationQueue';
import    { wallDevice as Query_wallDevice } from './../modules/devices/resolvers/Query/wallDevice';
import    { wallDevices as Query_wallDevices } from './../modules/devices/resolvers/Query/wallDevices';
import    { addFollowUp as Mutation_addFollowUp } from './../modules/issues/resolvers/Mutation/addFollowUp';
import    { addRencanaHasilKerja as Mutation_addRencanaHasilKerja } from './../modules/skp/resolvers/Mutation/addRencanaHasilKerja';
import    { assignRole as Mutation_assignRole } from './../modules/users/resolvers/Mutation/assignRole';
import    { beginTotpSetup as Mutation_beginTotpSetup } from './../modules/auth/resolvers/Mutation/beginTotpSetup';
import    { changePassword as Mutation_changePassword } from './../modules/auth/resolvers/Mutation/changePassword';
import    { confirmTotpSetup as Mutation_confirmTotpSetup } from './../modules/auth/resolvers/Mutation/confirmTotpSetup';
import    { createDirective as Mutation_createDirective } from './../modules/issues/resolvers/Mutation/createDirective';
import    { createIndicator as Mutation_createIndicator } from './../modules/indicators/resolvers/Mutation/createIndicator';
import    { createIssue as Mutation_createIssue } from './../modules/issues/resolvers/Mutation/createIssue';
import    { createObjective as Mutation_createObjective } from './../modules/scorecards/resolvers/Mutation/createObjective';
import    { createOfficial as Mutation_createOfficial } from './../modules/orgAdmin/resolvers/Mutation/createOfficial';
import    { createOrgUnit as Mutation_createOrgUnit } from './../modules/orgAdmin/resolvers/Mutation/createOrgUnit';
import    { createPosition as Mutation_createPosition } from './../modules/orgAdmin/resolvers/Mutation/createPosition';
import    { createScorecard as Mutation_createScorecard } from './../modules/orgAdmin/resolvers/Mutation/createScorecard';
import    { createSkpPlan as Mutation_createSkpPlan } from './../modules/skp/resolvers/Mutation/createSkpPlan';
import    { createTenant as Mutation_createTenant } from './../modules/orgAdmin/resolvers/Mutation/createTenant';
import    { createUser as Mutation_createUser } from './../modules/users/resolvers/Mutation/createUser';
import    { createWallDevice as Mutation_createWallDevice } from './../modules/devices/resolvers/Mutation/createWallDevice';
import    { deleteIndicator as Mutation_deleteIndicator } from './../modules/indicators/resolvers/Mutation/deleteIndicator';
import    { deleteObjective as Mutation_deleteObjective } from './../modules/scorecards/resolvers/Mutation/deleteObjective';
import    { deleteOrgUnit as Mutation_deleteOrgUnit } from './../modules/orgAdmin/resolvers/Mutation/deleteOrgUnit';
import    { deletePosition as Mutation_deletePosition } from './../modules/orgAdmin/resolvers/Mutation/deletePosition';
import    { deleteScorecard as Mutation_deleteScorecard } from './../modules/orgAdmin/resolvers/Mutation/deleteScorecard';
import    { disableTotp as Mutation_disableTotp } from './../modules/auth/resolvers/Mutation/disableTotp';
import    { draftAgreement as Mutation_draftAgreement } from './../modules/agreements/resolvers/Mutation/draftAgreement';
import    { endOtherSessions as Mutation_endOtherSessions } from './../modules/auth/resolvers/Mutation/endOtherSessions';
import    { endSession as Mutation_endSession } from './../modules/auth/resolvers/Mutation/endSession';
import    { endUserSessions as Mutation_endUserSessions } from './../modules/users/resolvers/Mutation/endUserSessions';
import    { followIndicator as Mutation_followIndicator } from './../modules/notifications/resolvers/Mutation/followIndicator';
import    { importSheet as Mutation_importSheet } from './../modules/imports/resolvers/Mutation/importSheet';
import    { importWorkbook as Mutation_importWorkbook } from './../modules/onboarding/resolvers/Mutation/importWorkbook';
import    { linkObjectives as Mutation_linkObjectives } from './../modules/scorecards/resolvers/Mutation/linkObjectives';
import    { lockPeriod as Mutation_lockPeriod } from './../modules/periods/resolvers/Mutation/lockPeriod';
import    { login as Mutation_login } from './../modules/auth/resolvers/Mutation/login';
import    { logout as Mutation_logout } from './../modules/auth/resolvers/Mutation/logout';
import    { markNotificationsRead as Mutation_markNotificationsRead } from './../modules/notifications/resolvers/Mutation/markNotificationsRead';
import    { rateSkp as Mutation_rateSkp } from './../modules/skp/resolvers/Mutation/rateSkp';
import    { rejectMeasurement as Mutation_rejectMeasurement } from './../modules/measurements/resolvers/Mutation/rejectMeasurement';
import    { reopenPeriod as Mutation_reopenPeriod } from './../modules/periods/resolvers/Mutation/reopenPeriod';
import    { resetPassword as Mutation_resetPassword } from './../modules/users/resolvers/Mutation/resetPassword';
import    { resetTwoFactor as Mutation_resetTwoFactor } from './../modules/users/resolvers/Mutation/resetTwoFactor';
import    { reviseAgreement as Mutation_reviseAgreement } from './../modules/agreements/resolvers/Mutation/reviseAgreement';
import    { reviseSubActivityBudget as Mutation_reviseSubActivityBudget } from './../modules/activities/resolvers/Mutation/reviseSubActivityBudget';
import    { revokeRole as Mutation_revokeRole } from './../modules/users/resolvers/Mutation/revokeRole';
import    { revokeWallDevice as Mutation_revokeWallDevice } from './../modules/devices/resolvers/Mutation/revokeWallDevice';
import    { saveActivityProgress as Mutation_saveActivityProgress } from './../modules/activities/resolvers/Mutation/saveActivityProgress';
import    { saveMeasurement as Mutation_saveMeasurement } from './../modules/measurements/resolvers/Mutation/saveMeasurement';
import    { savePerformanceAnalysis as Mutation_savePerformanceAnalysis } from './../modules/analysis/resolvers/Mutation/savePerformanceAnalysis';
import    { saveSkpRealisation as Mutation_saveSkpRealisation } from './../modules/skp/resolvers/Mutation/saveSkpRealisation';
import    { setDirectiveStatus as Mutation_setDirectiveStatus } from './../modules/issues/resolvers/Mutation/setDirectiveStatus';
import    { setIndicatorTargets as Mutation_setIndicatorTargets } from './../modules/indicators/resolvers/Mutation/setIndicatorTargets';
import    { setIssueStatus as Mutation_setIssueStatus } from './../modules/issues/resolvers/Mutation/setIssueStatus';
import    { setMailAddress as Mutation_setMailAddress } from './../modules/notifications/resolvers/Mutation/setMailAddress';
import    { setMailLanguage as Mutation_setMailLanguage } from './../modules/notifications/resolvers/Mutation/setMailLanguage';
import    { setNotificationPreference as Mutation_setNotificationPreference } from './../modules/notifications/resolvers/Mutation/setNotificationPreference';
import    { setPerspectiveWeights as Mutation_setPerspectiveWeights } from './../modules/scorecards/resolvers/Mutation/setPerspectiveWeights';
import    { setPhotoMetadataKept as Mutation_setPhotoMetadataKept } from './../modules/settings/resolvers/Mutation/setPhotoMetadataKept';
import    { setTwoFactorRequirement as Mutation_setTwoFactorRequirement } from './../modules/settings/resolvers/Mutation/setTwoFactorRequirement';
import    { setUserActive as Mutation_setUserActive } from './../modules/users/resolvers/Mutation/setUserActive';
import    { setWallDevicePlaylist as Mutation_setWallDevicePlaylist } from './../modules/devices/resolvers/Mutation/setWallDevicePlaylist';
import    { signAgreement as Mutation_signAgreement } from './../modules/agreements/resolvers/Mutation/signAgreement';
import    { submitMeasurement as Mutation_submitMeasurement } from './../modules/measurements/resolvers/Mutation/submitMeasurement';
import    { unlinkObjectives as Mutation_unlinkObjectives } from './../modules/scorecards/resolvers/Mutation/unlinkObjectives';
import    { unlockPeriod as Mutation_unlockPeriod } from './../modules/periods/resolvers/Mutation/unlockPeriod';
import    { updateIndicator as Mutation_updateIndicator } from './../modules/indicators/resolvers/Mutation/updateIndicator';
import    { updateObjective as Mutation_updateObjective } from './../modules/scorecards/resolvers/Mutation/updateObjective';
import    { updateOfficial as Mutation_updateOfficial } from './../modules/orgAdmin/resolvers/Mutation/updateOfficial';
import    { updateOrgUnit as Mutation_updateOrgUnit } from './../modules/orgAdmin/resolvers/Mutation/updateOrgUnit';
import    { updatePosition as Mutation_updatePosition } from './../modules/orgAdmin/resolvers/Mutation/updatePosition';
import    { updateTenant as Mutation_updateTenant } from './../modules/orgAdmin/resolvers/Mutation/updateTenant';
import    { updateTenantSettings as Mutation_updateTenantSettings } from './../modules/settings/resolvers/Mutation/updateTenantSettings';
import    { verifyMeasurement as Mutation_verifyMeasurement } from './../modules/measurements/resolvers/Mutation/verifyMeasurement';
import    { verifyMeasurements as Mutation_verifyMeasurements } from './../modules/measurements/resolvers/Mutation/verifyMeasurements';
import    { activity as Subscription_activity } from './../modules/live/resolvers/Subscription/activity';
import    { notificationBell as Subscription_notificationBell } from './../modules/notifications/resolvers/Subscription/notificationBell';
import    { scoreboardChanged as Subscription_scoreboardChanged } from './../modules/live/resolvers/Subscription/scoreboardChanged';
import    { Activity } from './../modules/activities/resolvers/Activity';
import    { ActivityItem } from './../modules/scoreboard/resolvers/ActivityItem';
import    { ActivityProgressPayload } from './../modules/activities/resolvers/ActivityProgressPayload';
import    { AgreementSignature } from './../modules/agreements/resolvers/AgreementSignature';
import    { AgreementTarget } from './../modules/agreements/resolvers/AgreementTarget';
import    { AgreementVersion } from './../modules/agreements/resolvers/AgreementVersion';
import    { AtRiskIndicator } from './../modules/scoreboard/resolvers/AtRiskIndicator';
import    { AuditConnection } from './../modules/audit/resolvers/AuditConnection';
import    { AuditEdge } from './../modules/audit/resolvers/AuditEdge';
import    { AuditEntry } from './../modules/audit/resolvers/AuditEntry';
import    { AuthPayload } from './../modules/auth/resolvers/AuthPayload';
import    { BudgetMonth } from './../modules/activities/resolvers/BudgetMonth';
import    { BudgetMonthState } from './../modules/activities/resolvers/BudgetMonthState';
import    { BudgetTask } from './../modules/entry/resolvers/BudgetTask';
import    { CreateWallDevicePayload } from './../modules/devices/resolvers/CreateWallDevicePayload';
import    { Directive } from './../modules/issues/resolvers/Directive';
import    { EntryTask } from './../modules/entry/resolvers/EntryTask';
import    { Evidence } from './../modules/measurements/resolvers/Evidence';
import    { FollowUp } from './../modules/issues/resolvers/FollowUp';
import    { Indicator as indicators_Indicator } from './../modules/indicators/resolvers/Indicator';
import    { Indicator as analysis_Indicator } from './../modules/analysis/resolvers/Indicator';
import    { Indicator as notifications_Indicator } from './../modules/notifications/resolvers/Indicator';
import    { IndicatorMonth as analysis_IndicatorMonth } from './../modules/analysis/resolvers/IndicatorMonth';
import    { IndicatorMonth as indicators_IndicatorMonth } from './../modules/indicators/resolvers/IndicatorMonth';
import    { Issue } from './../modules/issues/resolvers/Issue';
import    { IssueSummary } from './../modules/scoreboard/resolvers/IssueSummary';
import    { LiveNodeChange } from './../modules/live/resolvers/LiveNodeChange';
import    { MeasurementPayload } from './../modules/measurements/resolvers/MeasurementPayload';
import    { MeasurementState as analysis_MeasurementState } from './../modules/analysis/resolvers/MeasurementState';
import    { MeasurementState as measurements_MeasurementState } from './../modules/measurements/resolvers/MeasurementState';
import    { MeasurementState as entry_MeasurementState } from './../modules/entry/resolvers/MeasurementState';
import    { Notification } from './../modules/notifications/resolvers/Notification';
import    { NotificationBell } from './../modules/notifications/resolvers/NotificationBell';
import    { NotificationInbox } from './../modules/notifications/resolvers/NotificationInbox';
import    { NotificationPreference } from './../modules/notifications/resolvers/NotificationPreference';
import    { Objective } from './../modules/scorecards/resolvers/Objective';
import    { ObjectiveLink } from './../modules/scorecards/resolvers/ObjectiveLink';
import    { Official } from './../modules/orgAdmin/resolvers/Official';
import    { OfficialAgreement } from './../modules/agreements/resolvers/OfficialAgreement';
import    { OrgUnit as org_OrgUnit } from './../modules/org/resolvers/OrgUnit';
import    { OrgUnit as drilldown_OrgUnit } from './../modules/drilldown/resolvers/OrgUnit';
import    { OrgUnit as orgAdmin_OrgUnit } from './../modules/orgAdmin/resolvers/OrgUnit';
import    { PerformanceAgreement } from './../modules/agreements/resolvers/PerformanceAgreement';
import    { PerformanceAnalysis } from './../modules/analysis/resolvers/PerformanceAnalysis';
import    { PeriodLock } from './../modules/periods/resolvers/PeriodLock';
import    { PeriodReopening } from './../modules/periods/resolvers/PeriodReopening';
import    { Position } from './../modules/orgAdmin/resolvers/Position';
import    { Program } from './../modules/activities/resolvers/Program';
import    { RencanaHasilKerja } from './../modules/skp/resolvers/RencanaHasilKerja';
import    { ReportingBoard } from './../modules/reporting/resolvers/ReportingBoard';
import    { ReportingBoardRow } from './../modules/reporting/resolvers/ReportingBoardRow';
import    { Revision } from './../modules/measurements/resolvers/Revision';
import    { RoleAssignment } from './../modules/auth/resolvers/RoleAssignment';
import    { Scoreboard } from './../modules/scoreboard/resolvers/Scoreboard';
import    { ScoreboardDelta } from './../modules/live/resolvers/ScoreboardDelta';
import    { Scorecard } from './../modules/scorecards/resolvers/Scorecard';
import    { ScorecardPerspective } from './../modules/scorecards/resolvers/ScorecardPerspective';
import    { SkpAppraisee } from './../modules/skp/resolvers/SkpAppraisee';
import    { SkpDistributionRow } from './../modules/skp/resolvers/SkpDistributionRow';
import    { SkpEvaluation } from './../modules/skp/resolvers/SkpEvaluation';
import    { SkpPlan } from './../modules/skp/resolvers/SkpPlan';
import    { SubActivity } from './../modules/activities/resolvers/SubActivity';
import    { Tenant as org_Tenant } from './../modules/org/resolvers/Tenant';
import    { Tenant as drilldown_Tenant } from './../modules/drilldown/resolvers/Tenant';
import    { Tenant as orgAdmin_Tenant } from './../modules/orgAdmin/resolvers/Tenant';
import    { TenantSettings } from './../modules/settings/resolvers/TenantSettings';
import    { UnsignedAgreement } from './../modules/agreements/resolvers/UnsignedAgreement';
import    { User as auth_User } from './../modules/auth/resolvers/User';
import    { User as notifications_User } from './../modules/notifications/resolvers/User';
import    { User as users_User } from './../modules/users/resolvers/User';
import    { UserRoleAssignment } from './../modules/users/resolvers/UserRoleAssignment';
import    { UserSession } from './../modules/auth/resolvers/UserSession';
import    { VerificationItem as analysis_VerificationItem } from './../modules/analysis/resolvers/VerificationItem';
import    { VerificationItem as verification_VerificationItem } from './../modules/verification/resolvers/VerificationItem';
import    { WallDevice } from './../modules/devices/resolvers/WallDevice';
import    { JSON } from './../modules/audit/resolvers/JSON';
import    { Rupiah } from './../modules/scoreboard/resolvers/Rupiah';
import    { Node } from './../modules/org/resolvers/Node';
import    { ScopeNode } from './../modules/org/resolvers/ScopeNode';
import    { ScorecardOwner } from './../modules/scorecards/resolvers/ScorecardOwner';
    export const resolvers: Resolvers = {
      Query: { assignableOperators: Query_assignableOperators,auditChain: Query_auditChain,auditLog: Query_auditLog,changesSince: Query_changesSince,directives: Query_directives,issues: Query_issues,me: Query_me,myRecoveryCodesLeft: Query_myRecoveryCodesLeft,mySessions: Query_mySessions,myTasks: Query_myTasks,node: Query_node,notificationPreferences: Query_notificationPreferences,notifications: Query_notifications,officialAgreement: Query_officialAgreement,onboardingTemplate: Query_onboardingTemplate,periodLocks: Query_periodLocks,reportingBoard: Query_reportingBoard,scoreboard: Query_scoreboard,skpAppraisees: Query_skpAppraisees,skpDistribution: Query_skpDistribution,skpPlan: Query_skpPlan,skpPlans: Query_skpPlans,skpViewerOfficial: Query_skpViewerOfficial,tenantSettings: Query_tenantSettings,tenants: Query_tenants,unsignedAgreementCount: Query_unsignedAgreementCount,unsignedAgreements: Query_unsignedAgreements,users: Query_users,verificationQueue: Query_verificationQueue,wallDevice: Query_wallDevice,wallDevices: Query_wallDevices },
      Mutation: { addFollowUp: Mutation_addFollowUp,addRencanaHasilKerja: Mutation_addRencanaHasilKerja,assignRole: Mutation_assignRole,beginTotpSetup: Mutation_beginTotpSetup,changePassword: Mutation_changePassword,confirmTotpSetup: Mutation_confirmTotpSetup,createDirective: Mutation_createDirective,createIndicator: Mutation_createIndicator,createIssue: Mutation_createIssue,createObjective: Mutation_createObjective,createOfficial: Mutation_createOfficial,createOrgUnit: Mutation_createOrgUnit,createPosition: Mutation_createPosition,createScorecard: Mutation_createScorecard,createSkpPlan: Mutation_createSkpPlan,createTenant: Mutation_createTenant,createUser: Mutation_createUser,createWallDevice: Mutation_createWallDevice,deleteIndicator: Mutation_deleteIndicator,deleteObjective: Mutation_deleteObjective,deleteOrgUnit: Mutation_deleteOrgUnit,deletePosition: Mutation_deletePosition,deleteScorecard: Mutation_deleteScorecard,disableTotp: Mutation_disableTotp,draftAgreement: Mutation_draftAgreement,endOtherSessions: Mutation_endOtherSessions,endSession: Mutation_endSession,endUserSessions: Mutation_endUserSessions,followIndicator: Mutation_followIndicator,importSheet: Mutation_importSheet,importWorkbook: Mutation_importWorkbook,linkObjectives: Mutation_linkObjectives,lockPeriod: Mutation_lockPeriod,login: Mutation_login,logout: Mutation_logout,markNotificationsRead: Mutation_markNotificationsRead,rateSkp: Mutation_rateSkp,rejectMeasurement: Mutation_rejectMeasurement,reopenPeriod: Mutation_reopenPeriod,resetPassword: Mutation_resetPassword,resetTwoFactor: Mutation_resetTwoFactor,reviseAgreement: Mutation_reviseAgreement,reviseSubActivityBudget: Mutation_reviseSubActivityBudget,revokeRole: Mutation_revokeRole,revokeWallDevice: Mutation_revokeWallDevice,saveActivityProgress: Mutation_saveActivityProgress,saveMeasurement: Mutation_saveMeasurement,savePerformanceAnalysis: Mutation_savePerformanceAnalysis,saveSkpRealisation: Mutation_saveSkpRealisation,setDirectiveStatus: Mutation_setDirectiveStatus,setIndicatorTargets: Mutation_setIndicatorTargets,setIssueStatus: Mutation_setIssueStatus,setMailAddress: Mutation_setMailAddress,setMailLanguage: Mutation_setMailLanguage,setNotificationPreference: Mutation_setNotificationPreference,setPerspectiveWeights: Mutation_setPerspectiveWeights,setPhotoMetadataKept: Mutation_setPhotoMetadataKept,setTwoFactorRequirement: Mutation_setTwoFactorRequirement,setUserActive: Mutation_setUserActive,setWallDevicePlaylist: Mutation_setWallDevicePlaylist,signAgreement: Mutation_signAgreement,submitMeasurement: Mutation_submitMeasurement,unlinkObjectives: Mutation_unlinkObjectives,unlockPeriod: Mutation_unlockPeriod,updateIndicator: Mutation_updateIndicator,updateObjective: Mutation_updateObjective,updateOfficial: Mutation_updateOfficial,updateOrgUnit: Mutation_updateOrgUnit,updatePosition: Mutation_updatePosition,updateTenant: Mutation_updateTenant,updateTenantSettings: Mutation_updateTenantSettings,verifyMeasurement: Mutation_verifyMeasurement,verifyMeasurements: Mutation_verifyMeasurements },
      Subscription: { activity: Subscription_activity,notificationBell: Subscription_notificationBell,scoreboardChanged: Subscription_scoreboardChanged },
      Activity: Activity,
ActivityItem: ActivityItem,
ActivityProgressPayload: ActivityProgressPayload,
AgreementSignature: AgreementSignature,
AgreementTarget: AgreementTarget,
AgreementVersion: AgreementVersion,
AtRiskIndicator: AtRiskIndicator,
AuditConnection: AuditConnection,
AuditEdge: AuditEdge,
AuditEntry: AuditEntry,
AuthPayload: AuthPayload,
BudgetMonth: BudgetMonth,
BudgetMonthState: BudgetMonthState,
BudgetTask: BudgetTask,
CreateWallDevicePayload: CreateWallDevicePayload,
Directive: Directive,
EntryTask: EntryTask,
Evidence: Evidence,
FollowUp: FollowUp,
Indicator: { ...indicators_Indicator,...analysis_Indicator,...notifications_Indicator },
IndicatorMonth: { ...analysis_IndicatorMonth,...indicators_IndicatorMonth },
Issue: Issue,
IssueSummary: IssueSummary,
LiveNodeChange: LiveNodeChange,
MeasurementPayload: MeasurementPayload,
MeasurementState: { ...analysis_MeasurementState,...measurements_MeasurementState,...entry_MeasurementState },
Notification: Notification,
NotificationBell: NotificationBell,
NotificationInbox: NotificationInbox,
NotificationPreference: NotificationPreference,
Objective: Objective,
ObjectiveLink: ObjectiveLink,
Official: Official,
OfficialAgreement: OfficialAgreement,
OrgUnit: { ...org_OrgUnit,...drilldown_OrgUnit,...orgAdmin_OrgUnit },
PerformanceAgreement: PerformanceAgreement,
PerformanceAnalysis: PerformanceAnalysis,
PeriodLock: PeriodLock,
PeriodReopening: PeriodReopening,
Position: Position,
Program: Program,
RencanaHasilKerja: RencanaHasilKerja,
ReportingBoard: ReportingBoard,
ReportingBoardRow: ReportingBoardRow,
Revision: Revision,
RoleAssignment: RoleAssignment,
Scoreboard: Scoreboard,
ScoreboardDelta: ScoreboardDelta,
Scorecard: Scorecard,
ScorecardPerspective: ScorecardPerspective,
SkpAppraisee: SkpAppraisee,
SkpDistributionRow: SkpDistributionRow,
SkpEvaluation: SkpEvaluation,
SkpPlan: SkpPlan,
SubActivity: SubActivity,
Tenant: { ...org_Tenant,...drilldown_Tenant,...orgAdmin_Tenant },
TenantSettings: TenantSettings,
UnsignedAgreement: UnsignedAgreement,
User: { ...auth_User,...notifications_User,...users_User },
UserRoleAssignment: UserRoleAssignment,
UserSession: UserSession,
VerificationItem: { ...analysis_VerificationItem,...verification_VerificationItem },
WallDevice: WallDevice,
JSON: JSON,
Rupiah: Rupiah,
Node: Node,
ScopeNode: ScopeNode,
ScorecardOwner: ScorecardOwner
    }