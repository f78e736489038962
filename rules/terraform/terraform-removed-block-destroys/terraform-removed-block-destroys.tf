# RUN: %blastradius test %s

removed {
  from = aws_db_instance.legacy
  lifecycle {
    # ruleid: terraform-removed-block-destroys
    destroy = true
  }
}

removed {
  from = aws_s3_bucket.old
  lifecycle {
    # Forget it from state, keep the bucket: the safe form.
    # ok: terraform-removed-block-destroys
    destroy = false
  }
}

removed {
  from = module.cache
  lifecycle {
    # ruleid: terraform-removed-block-destroys
    destroy = var.rb_sample_destroy
  }
}

variable "rb_sample_destroy" {
  default = true
}

resource "aws_instance" "web" {
  lifecycle {
    # Not a removed block.
    # ok: terraform-removed-block-destroys
    create_before_destroy = true
  }
}

removed {
  # ok: terraform-removed-block-destroys
  from = aws_instance.tmp
}

moved {
  from = aws_instance.a
  # ok: terraform-removed-block-destroys
  to = aws_instance.b
}
