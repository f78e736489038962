resource "google_sql_database_instance" "x" {
  name = "x"
}
