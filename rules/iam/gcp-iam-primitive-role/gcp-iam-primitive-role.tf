# RUN: %blastradius test %s

resource "google_project_iam_member" "ci_owner" {
  project = var.project
  # ruleid: gcp-iam-primitive-role
  role   = "roles/owner"
  member = "serviceAccount:${google_service_account.ci.email}"
}

resource "google_project_iam_binding" "editors" {
  project = var.project
  # ruleid: gcp-iam-primitive-role
  role    = "roles/editor"
  members = ["group:devs@example.com", "user:alice@example.com"]
}

resource "google_folder_iam_member" "folder_owner" {
  folder = google_folder.team.name
  # ruleid: gcp-iam-primitive-role
  role   = "roles/owner"
  member = "group:platform@example.com"
}

data "google_iam_policy" "project" {
  binding {
    # ruleid: gcp-iam-primitive-role
    role    = "roles/editor"
    members = ["serviceAccount:deployer@my-project.iam.gserviceaccount.com"]
  }
  binding {
    # ok: gcp-iam-primitive-role
    role    = "roles/viewer"
    members = ["group:auditors@example.com"]
  }
}

resource "google_project_iam_policy" "inline" {
  project = var.project
  policy_data = jsonencode({
    bindings = [
      {
        # ruleid: gcp-iam-primitive-role
        role    = "roles/owner"
        members = ["user:root@example.com"]
      },
      {
        # ok: gcp-iam-primitive-role
        role    = "roles/run.admin"
        members = ["user:root@example.com"]
      },
    ]
  })
}

# --- near misses --------------------------------------------------------------------------------

resource "google_project_iam_member" "viewer" {
  project = var.project
  # ok: gcp-iam-primitive-role
  role   = "roles/viewer"
  member = "group:everyone@example.com"
}

resource "google_project_iam_member" "custom_owner_named" {
  project = var.project
  # A custom role whose name says owner is not the basic role.
  # ok: gcp-iam-primitive-role
  role   = "projects/my-project/roles/bucketOwner"
  member = "group:storage@example.com"
}

resource "google_storage_bucket_iam_member" "legacy_owner" {
  bucket = google_storage_bucket.data.name
  # ok: gcp-iam-primitive-role
  role   = "roles/storage.legacyBucketOwner"
  member = "group:storage@example.com"
}

resource "google_project_iam_member" "from_variable" {
  project = var.project
  # ok: gcp-iam-primitive-role
  role   = var.role
  member = "group:devs@example.com"
}

resource "google_project_iam_custom_role" "owner_like" {
  # ok: gcp-iam-primitive-role
  role_id     = "roles/owner"
  title       = "Not a grant"
  permissions = ["storage.buckets.get"]
}

resource "google_project_iam_member_remove" "drop_owner" {
  project = var.project
  # Removing a grant is the opposite of granting it.
  # ok: gcp-iam-primitive-role
  role   = "roles/owner"
  member = "user:former@example.com"
}

# The IAM-administering roles are as strong as owner on a project, folder or organization.
resource "google_project_iam_member" "token_creator" {
  project = "p"
  # ruleid: gcp-iam-primitive-role
  role   = "roles/iam.serviceAccountTokenCreator"
  member = "serviceAccount:ci@p.iam.gserviceaccount.com"
}

resource "google_organization_iam_binding" "security_admin" {
  org_id = "1"
  # ruleid: gcp-iam-primitive-role
  role    = "roles/iam.securityAdmin"
  members = ["group:sec@example.com"]
}

resource "google_folder_iam_member" "project_iam_admin" {
  folder = "folders/1"
  # ruleid: gcp-iam-primitive-role
  role   = "roles/resourcemanager.projectIamAdmin"
  member = "user:a@example.com"
}

# On one service account it reaches that account only.
resource "google_service_account_iam_member" "impersonate_one" {
  service_account_id = "projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com"
  # ok: gcp-iam-primitive-role
  role   = "roles/iam.serviceAccountTokenCreator"
  member = "user:a@example.com"
}

resource "google_project_iam_member" "reader" {
  project = "p"
  # ok: gcp-iam-primitive-role
  role   = "roles/iam.roleViewer"
  member = "user:a@example.com"
}
