using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using TheoDoi.Data;

#nullable disable

namespace TheoDoi.Data.Migrations.Postgres
{
    /// <summary>The recomputation queue of derived water data (written by hand; the lead regenerates migrations when merging).</summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261201223000_OpsRecomputeQueue")]
    public partial class OpsRecomputeQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "water_recompute_queue",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    from_time = table.Column<long>(type: "bigint", nullable: false),
                    to_time = table.Column<long>(type: "bigint", nullable: false),
                    enqueued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    origin = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_recompute_queue", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "water_recompute_queue");
        }
    }
}
