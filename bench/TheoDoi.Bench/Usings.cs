// One set of usings for the benchmark's files (one file per concern, partial class Bench).
global using System.Diagnostics;
global using System.Globalization;
global using System.Text;
global using Microsoft.Data.Sqlite;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Npgsql;
global using NpgsqlTypes;
global using TheoDoi.Accounts;
global using TheoDoi.Audit;
global using TheoDoi.Core.Water;
global using TheoDoi.Data;
global using TheoDoi.Notifications;
global using TheoDoi.Water;
